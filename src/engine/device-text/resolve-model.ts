// One model per device, from the lines that name it; two different models, or none, is an error.
import { modelName } from '../catalog/lookup';
import type { ModelId } from '../types';
import { listCandidates, modelsFittingRows } from './model-from-rows';
import type { DeviceFacts, ImportIssue, ModelClue } from './types';

export type ModelResolution = { ok: true; model: ModelId; issues: ImportIssue[] } | { ok: false; issues: ImportIssue[] };

const where = (c: ModelClue) => `"${c.label}"`;

export function resolveModel(d: DeviceFacts): ModelResolution {
  const issues: ImportIssue[] = [];
  const exact = d.modelClues.filter((c) => c.model !== null);
  const outside = d.modelClues.filter((c) => c.unsupported);
  const families = d.modelClues.filter((c) => c.model === null && !c.unsupported);

  if (outside.length > 0 && exact.length === 0) {
    const c = outside[0]!;
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'import-model-not-in-catalog',
          line: c.line,
          message: `line ${c.line}: ${where(c)} is not a model in the catalog (PAK: ASA 5506-X … 5585-X, ASASM, ISA 3000; Smart: ASAv, Firepower 1000/2100/4100/9300, Secure Firewall 3100)`,
        },
      ],
    };
  }
  const models = [...new Set(exact.map((c) => c.model!))];
  if (models.length > 1) {
    const a = exact.find((c) => c.model === models[0])!;
    const b = exact.find((c) => c.model === models[1])!;
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'import-model-conflict',
          line: b.line,
          message: `line ${a.line} (${where(a)}) names the ${modelName(a.model!)} but line ${b.line} (${where(b)}) names the ${modelName(b.model!)}; one output must come from one model`,
        },
      ],
    };
  }
  let model = models[0];
  for (const f of families) {
    if (model !== undefined && !f.candidates.includes(model)) {
      const a = exact[0]!;
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'import-model-conflict',
            line: f.line,
            message: `line ${a.line} (${where(a)}) names the ${modelName(model)} but line ${f.line} names ${where(f)}; one output must come from one model`,
          },
        ],
      };
    }
  }
  if (model === undefined && families.length > 0) {
    let candidates = families[0]!.candidates;
    for (const f of families.slice(1)) candidates = candidates.filter((m) => f.candidates.includes(m));
    // Issue 24 item 13: the rows may tell the family's models apart.
    const byRows = candidates.length > 1 && d.own.length > 0 ? [...new Set(modelsFittingRows(d.own, candidates).map((c) => c.model))] : [];
    if (candidates.length === 1 || byRows.length === 1) {
      model = candidates.length === 1 ? candidates[0]! : byRows[0]!;
      issues.push({
        severity: 'info',
        code: 'import-model-from-platform-line',
        line: families[0]!.line,
        message: `line ${families[0]!.line}: the model is taken from ${where(families[0]!)}${candidates.length > 1 ? ` and the values shown, which only the ${modelName(model)} gives` : ''}; there is no Hardware: line`,
      });
    } else {
      const f = families[0]!;
      const fitting = byRows.length > 1 ? ` (the values shown fit ${byRows.map(modelName).join(', ')})` : '';
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'import-model-ambiguous',
            line: f.line,
            message: `line ${f.line}: ${where(f)} could be ${candidates.map(modelName).join(', ')}${fitting}; paste the "Hardware:" line of show version (for example "Hardware:   ASA5585-SSP-20, …")`,
          },
        ],
      };
    }
  }
  if (model === undefined && d.own.length > 0) {
    const fromRows = modelFromRows(d);
    if (!fromRows.ok) return fromRows;
    model = fromRows.model;
    issues.push(...fromRows.issues);
  }
  if (model === undefined) {
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'import-no-model',
          message:
            'no recognizable model: the text has no "Hardware:" line (show version), no "UDI: PID:…" line (show license) and no "This platform has an ASA 55xx … license." line; paste the output of show version',
        },
      ],
    };
  }
  return { ok: true, model, issues };
}

const ROWS_CITE = '000 §"Licenses Per Model"; 001 §"Licenses Per Model"';

/** A features block with no line naming the model: exactly one catalog model and tier must give every value shown. */
function modelFromRows(d: DeviceFacts): ModelResolution {
  const candidates = modelsFittingRows(d.own);
  const first = d.own[0]!.line;
  if (candidates.length === 1) {
    const c = candidates[0]!;
    return {
      ok: true,
      model: c.model,
      issues: [
        {
          severity: 'info',
          code: 'import-model-from-rows',
          line: first,
          message: `line ${first}: there is no "Hardware:" line; the ${c.name} is the only catalog model and tier whose table gives every value shown (${d.own.length} rows), so the unit is read as one`,
          cite: ROWS_CITE,
        },
      ],
    };
  }
  if (candidates.length === 0) {
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'import-no-model',
          line: first,
          message: `line ${first}: there is no "Hardware:" line, and no catalog model and tier gives every value shown (${d.own.length} rows); paste the output of show version with its Hardware: line`,
          cite: ROWS_CITE,
        },
      ],
    };
  }
  return {
    ok: false,
    issues: [
      {
        severity: 'error',
        code: 'import-model-ambiguous',
        line: first,
        message: `line ${first}: there is no "Hardware:" line, and the values shown (${d.own.length} rows) fit ${candidates.length} catalog models and tiers: ${listCandidates(candidates)}; paste the "Hardware:" line of show version`,
        cite: ROWS_CITE,
      },
    ],
  };
}
