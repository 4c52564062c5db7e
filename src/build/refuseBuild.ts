/**
 * The error that refuses a build of invalid data. Vite's command line prints
 * a failed build with `util.inspect(error)`, which for a plugin's
 * `this.error()` means rolldown's wrapper, a dozen `at …` lines from inside
 * the bundler and `{ errors: [Getter/Setter] }`: noise to an editor, who
 * needs the located report and nothing else. This error shows as its
 * message alone, and is thrown from the plugin's `config` hook, before
 * rolldown can wrap it.
 */
import { inspect } from 'node:util';

/**
 * An Error that prints as `message` alone, in util.inspect and console.error.
 * @example throw refuseBuild('data/ has errors; nothing was built.\n\n…')
 */
export function refuseBuild(message: string): Error {
  const error = new Error(message);
  Object.defineProperty(error, inspect.custom, { value: () => message });
  error.stack = message;
  return error;
}
