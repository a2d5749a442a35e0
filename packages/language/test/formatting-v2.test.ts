/** The formatter on version 2 elements: one line each, blocks of pains and opportunities indented. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, test } from 'vitest';
import { loadSources } from '../src/load-sources.js';

async function format(text: string): Promise<string> {
    const uri = 'file:///workspace/formatted.cjourney';
    const { services, documents } = await loadSources([{ uri, text }]);
    const edits = await services.lsp.Formatter!.formatDocument(documents[0], {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true }
    });
    return TextDocument.applyEdits(TextDocument.create(uri, 'cjourney', 0, text), edits);
}

const CANONICAL = `source Survey "Exit survey" {
  kind survey
  date "2026-05"
}

journey J {
  state current

  persona Ann
  persona Bob

  stakeholder Ops

  lane Promise "What we promise"

  stage S {
    touchpoint T {
      channel web
      persona Ann, Bob
      evidence "Call notes"
      emotion pleased
      emotion frustrated for Bob evidence Survey "44% unsure"
      thought "Which size?" for Bob
      frontstage "Chat answers" by Ops
      lane Promise "Free returns"
      pain "No size advice" evidence Survey {
        opportunity Advice "Size advice" {
          owner Ops
          impact high
          status planned
        }
      }
      pain "Slow" evidence "Logs"
    }
  }

  kpi K {
    history "2026-Q1" 31%, "2026-Q2" 27%
    current 24%
    target 12% by "2026-Q4"
    benchmark 9% "leader" at "2025"
    evidence Survey
  }
}
`;

test('the canonical layout of version 2 elements is kept as it is', async () => {
    expect(await format(CANONICAL)).toBe(CANONICAL);
});

test('version 2 elements written on one line are laid out canonically', async () => {
    const squeezed = CANONICAL.replace(
        'pain "No size advice" evidence Survey {\n        opportunity Advice "Size advice" {\n          owner Ops\n          impact high\n          status planned\n        }\n      }',
        'pain   "No size advice"   evidence   Survey { opportunity Advice "Size advice" { owner Ops impact high status planned } }'
    )
        .replace('emotion frustrated for Bob evidence Survey "44% unsure"', 'emotion  frustrated  for  Bob  evidence  Survey  "44% unsure"')
        .replace('persona Ann, Bob', 'persona Ann ,Bob');
    expect(await format(squeezed)).toBe(CANONICAL);
});
