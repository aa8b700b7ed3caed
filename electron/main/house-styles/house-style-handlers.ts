// House styles: list the shipped and the council's own (damaged files described),
// read one to edit or preview, save an own one, set one aside. The style itself
// was checked against the schema by the contract before it gets here.
import type { houseStyleChannels } from '../../../core/ipc/channels/house-style-channels';
import { AppError } from '../../../core/ipc/ipc-result';
import { committeeStoreFor } from '../meetings/committee-store';
import type { HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';
import { houseStyleStoreFor } from './house-style-store';

export function createHouseStyleHandlers(deps: HandlerDeps) {
  const store = houseStyleStoreFor(deps);
  const committees = committeeStoreFor(deps);

  return {
    'house-style/list': () => store.list(),
    'house-style/read': async ({ id }) => ({ id, ...(await store.resolve(id)) }),
    'house-style/save': async ({ id, style }) => {
      await store.save(id, style);
      return { id };
    },
    'house-style/delete': async ({ id }) => {
      // A committee's minutes must never lose their style behind the clerk's back.
      const users = (await committees.list()).filter((committee) => (committee.houseStyleId as string | null) === id);
      if (users.length > 0) {
        const names = users.map((committee) => `“${committee.name}”`).join(', ');
        throw new AppError(
          'not-allowed',
          `${names} ${users.length === 1 ? 'uses' : 'use'} this house style. Choose another style for ${users.length === 1 ? 'it' : 'them'} first.`,
        );
      }
      await store.remove(id);
      return { id };
    },
  } satisfies HandlerGroup<keyof typeof houseStyleChannels>;
}
