/** Flags of `npm run gen:stress`, parsed with a sentence for each mistake. */
import { stressOptionsProblem, type StressOptions } from './buildStressScene';

export const STRESS_USAGE = 'usage: npm run gen:stress -- --exhibits N [--models M (default 38, at most N)] [--seed S (default 1)] --out FILE';

export interface CliOptions extends StressOptions {
  out: string;
}

/** Parses the flags; throws an Error with a sentence for the user on anything wrong. */
export function parseStressArgs(args: readonly string[]): CliOptions {
  const values = new Map<string, string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const match = /^--(exhibits|models|seed|out)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(arg.startsWith('--') ? `unknown flag ${arg}` : `unexpected argument '${arg}'`);
    const name = match[1] as string;
    let value = match[2];
    if (value === undefined) {
      value = args[index + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
      index += 1;
    }
    if (values.has(name)) throw new Error(`--${name} is given twice`);
    values.set(name, value);
  }
  const integer = (name: string, fallback?: number): number => {
    const text = values.get(name);
    if (text === undefined) {
      if (fallback === undefined) throw new Error(`--${name} is required`);
      return fallback;
    }
    const digits = text.replace(/[_,]/g, '');
    if (!/^\d+$/.test(digits)) throw new Error(`--${name} must be a whole number, not '${text}'`);
    return Number(digits);
  };
  const exhibits = integer('exhibits');
  const options = { exhibits, models: integer('models', Math.min(38, exhibits)), seed: integer('seed', 1) };
  const problem = stressOptionsProblem(options);
  if (problem) throw new Error(problem);
  const out = values.get('out');
  if (out === undefined || out.trim() === '') throw new Error('--out FILE is required');
  return { ...options, out };
}
