// Dialogs answered by the test, in order, as a clerk would answer them.
import type { Dialogs } from '../../../electron/main/ports/handler-deps';

export class ScriptedDialogs implements Dialogs {
  private readonly openAnswers: Array<string | null> = [];
  private readonly saveAnswers: Array<string | null> = [];
  private readonly folderAnswers: Array<string | null> = [];
  private readonly replaceAnswers: boolean[] = [];
  readonly asked: string[] = [];
  /** The files main asked before replacing, by name. */
  readonly replaceQuestions: string[] = [];

  answerNextOpen(filePath: string | null): void {
    this.openAnswers.push(filePath);
  }

  answerNextSave(filePath: string | null): void {
    this.saveAnswers.push(filePath);
  }

  answerNextFolder(folder: string | null): void {
    this.folderAnswers.push(folder);
  }

  answerNextReplace(replace: boolean): void {
    this.replaceAnswers.push(replace);
  }

  /** Unscripted, the clerk keeps the file: "Keep it" is the question's default and its Escape answer. */
  async confirmReplace(_context: unknown, fileName: string): Promise<boolean> {
    this.replaceQuestions.push(fileName);
    return this.replaceAnswers.shift() ?? false;
  }

  async chooseFolder(): Promise<string | null> {
    this.asked.push('folder');
    if (this.folderAnswers.length === 0) throw new Error('The test did not script an answer to the folder dialog.');
    return this.folderAnswers.shift() ?? null;
  }

  async chooseFileToOpen(): Promise<string | null> {
    this.asked.push('open');
    if (this.openAnswers.length === 0) throw new Error('The test did not script an answer to the Open dialog.');
    return this.openAnswers.shift() ?? null;
  }

  async chooseSavePath(_context: unknown, suggestedName: string): Promise<string | null> {
    this.asked.push(`save:${suggestedName}`);
    if (this.saveAnswers.length === 0) throw new Error('The test did not script an answer to the Save dialog.');
    return this.saveAnswers.shift() ?? null;
  }
}
