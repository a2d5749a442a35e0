// Workflow-command text for the action's scripts. The runner reads every line the steps print
// for commands (`::error::`, `::add-mask::`), and paths and messages come from the pull
// request: a file name with a line break must not start a command of its own.
// Usage from bash: node command-text.cjs LEVEL MESSAGE   (prints `::LEVEL::MESSAGE`, escaped)
'use strict';

/** A path or message made safe for one workflow-command line (no forged `::` commands). */
function commandText(text) {
    return String(text)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

if (require.main === module) {
    const [level, ...message] = process.argv.slice(2);
    const command = ['error', 'warning', 'notice'].includes(level) ? level : 'error';
    process.stdout.write(`::${command}::${commandText(message.join(' '))}\n`);
}

module.exports = { commandText };
