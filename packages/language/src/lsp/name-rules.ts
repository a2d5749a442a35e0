import { reservedWords } from '../grammar-tables.js';

const IDENTIFIER = /^[_a-zA-Z]\w*$/;

/** Why a name cannot be used, or undefined when it can. */
export function invalidNameReason(name: string): string | undefined {
    if (!IDENTIFIER.test(name)) {
        return `'${name}' is not a valid name: use letters, digits and _, not starting with a digit (put spaces and other characters in the quoted title).`;
    }
    if (reservedWords().has(name)) {
        return `'${name}' is a keyword of the language and cannot be a name; try '${name[0].toUpperCase()}${name.slice(1)}'.`;
    }
    return undefined;
}
