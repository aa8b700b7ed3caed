// Validates an untrusted request against the contract, runs the handler and
// wraps the answer. Transport-free: ipcMain and the test bridge both call it.
import { ipcContract, isChannel, type Channel } from '../../../core/ipc/contract';
import { AppError, fail, ok, type IpcResult } from '../../../core/ipc/ipc-result';
import type { CallContext } from '../ports/handler-deps';
import type { HandlerTable } from '../ports/handler-types';
import { technicalLog } from '../logging/technical-log';

export async function dispatch(table: HandlerTable, channel: unknown, payload: unknown, context: CallContext): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return fail('unknown-channel', `Unknown request “${String(channel)}”.`);
  const spec = ipcContract[channel];
  const parsed = spec.input.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the request';
    return fail('invalid-payload', `Request “${channel}” was refused: ${where} is not valid (${issue?.message ?? 'bad input'}).`);
  }
  try {
    const handler = table[channel] as (input: unknown, context: CallContext) => Promise<unknown>;
    const output = await handler(parsed.data, context);
    return ok(spec.output.parse(output));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    console.error(`[ipc] ${channel} failed`, error);
    technicalLog().record(`ipc ${channel}`, error);
    return fail(
      'internal',
      `Minute Book hit an unexpected problem (${channel}). Your text is still here; the details are in Minute Book’s log file (Help › Show the log file), for IT.`,
    );
  }
}

export type { Channel };
