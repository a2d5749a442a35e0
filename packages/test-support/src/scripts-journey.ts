/**
 * A journey that writes a sample text of each script: one stage per script, titled with the
 * text, holding one touchpoint with a frustrated emotion and a pain. The script's name is
 * written before the text in one of them (`named`: the touchpoint's title or the pain), so a
 * reader of the drawing can tell the scripts apart.
 */
export function journeyOfScripts(samples: Readonly<Record<string, string>>, title: string, named: 'touchpoint' | 'pain'): string {
    const stages = Object.entries(samples)
        .map(([script, text], index) => {
            const label = `${script}: ${text}`;
            const [touchpoint, pain] = named === 'touchpoint' ? [label, text] : [text, label];
            return `stage S${index} "${text}" { touchpoint T${index} "${touchpoint}" { emotion frustrated pain "${pain}" } }`;
        })
        .join('\n');
    return `journey J "${title}" {\n${stages}\n}\n`;
}
