import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Finds text a reader would see written in English in the interface's source (issue 16
 * acceptance: "no user-visible English literal remains in src/ui or src/map"): JSX text, the
 * readable attributes of JSX elements (aria-label, title, placeholder, alt…), and string or
 * template literals elsewhere that read as prose (two words or more, or one capitalised word). A
 * literal that is not for reading (a key name, a CSS value, a file name, a machine column) is
 * marked on its line or the line above with `i18n-exempt: <why>`.
 */

/** JSX attributes whose text a reader sees or a screen reader speaks. */
const READABLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Single capitalised words that are machine values, not text (key names, GeoJSON types, MIME parts). */
const MACHINE_WORDS = new Set([
  'Escape',
  'Enter',
  'Tab',
  'Home',
  'End',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Backspace',
  'Delete',
  'Space',
  'Feature',
  'FeatureCollection',
  'Point',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
  'Error',
  'TypeError',
  'AbortError',
  'NotFoundError',
  'SecurityError',
  'Infinity',
  'NaN',
  'Noto Sans',
  'Vazirmatn',
  'Noto Sans Devanagari',
  'Helvetica',
  'Arial',
  'INSTC',
]);

/** True when a literal reads as English prose rather than as a machine value. */
export function readsAsProse(text: string): boolean {
  const trimmed = text.trim();
  if (!/[A-Za-z]{2}/.test(trimmed)) return false;
  if (MACHINE_WORDS.has(trimmed)) return false;
  // URLs, paths, selectors, ids, CSS values, MIME types, format strings.
  if (/^(?:https?:|mailto:|data:|\.{0,2}\/|#|\[|\(|@|--)/.test(trimmed)) return false;
  if (/^[a-z0-9_-]+(?:[ .:/=,][a-z0-9_-]+)*$/.test(trimmed)) return false; // class lists, ids
  if (/^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+$/.test(trimmed)) return false; // message ids
  if (/^[a-z]{2,3}(?:-[A-Z][A-Za-z]{1,3})?$/.test(trimmed)) return false; // locales
  if (/^[a-z]+\/[a-z0-9.+-]+$/i.test(trimmed)) return false;
  if (/^[A-Z0-9_]+$/.test(trimmed)) return false;
  if (/^[a-z][a-zA-Z0-9]*$/.test(trimmed)) return false; // camelCase identifiers
  if (/\b[a-z]+(?:-[a-z]+)+\b/.test(trimmed) && !/\s/.test(trimmed)) return false; // kebab ids
  return /[A-Za-z]{2,}[\s,.:;!?'’)(–—-]+[A-Za-z]{2,}/.test(trimmed) || /^[A-Z][a-z]{2,}/.test(trimmed);
}

/** One finding: where and what. */
export interface EnglishLiteral {
  file: string;
  line: number;
  text: string;
}

function isExempt(source: ts.SourceFile, node: ts.Node): boolean {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  const lines = source.text.split('\n');
  return [line, line - 1].some((index) => (lines[index] ?? '').includes('i18n-exempt'));
}

/** True when the literal is in a place no reader sees: imports, types, object keys, machine attributes, comparisons. */
function isMachinePosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent)) return true;
  if (ts.isLiteralTypeNode(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent)) return true;
  if (ts.isCaseClause(parent)) return true;
  if (
    ts.isBinaryExpression(parent) &&
    [
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
      ts.SyntaxKind.EqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsToken,
    ].includes(parent.operatorToken.kind)
  )
    return true;
  if (ts.isJsxAttribute(parent)) return !READABLE_ATTRIBUTES.has(parent.name.getText());
  if (ts.isJsxExpression(parent) && parent.parent && ts.isJsxAttribute(parent.parent)) {
    return !READABLE_ATTRIBUTES.has(parent.parent.name.getText());
  }
  if (ts.isCallExpression(parent)) {
    const callee = parent.expression.getText();
    // Message ids, DOM and map lookups, logging for developers, test ids.
    if (
      /(?:^|\.)(?:t|formatMessage|getElementById|querySelector|querySelectorAll|closest|getAttribute|setAttribute|removeAttribute|addEventListener|removeEventListener|getLayer|getSource|setLayoutProperty|setPaintProperty|setFilter|on|off|once|mark|measure|getEntriesByName|matchMedia|createElement|get|has|set|add|delete|startsWith|endsWith|includes|split|replace|replaceAll|join|padStart|toFixed|getContext|setGlobalStateProperty|debug|info|warn|error|log)$/.test(
        callee,
      )
    )
      return true;
  }
  return false;
}

/** The English literals of one source file. */
export function englishLiteralsIn(file: string, text: string): EnglishLiteral[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: EnglishLiteral[] = [];
  const report = (node: ts.Node, literal: string) => {
    if (isExempt(source, node)) return;
    found.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      text: literal.trim().slice(0, 80),
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (/[A-Za-z]{2}/.test(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isMachinePosition(node) && readsAsProse(node.text)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' … ');
      if (!isMachinePosition(node) && readsAsProse(parts.replace(/…/g, ' '))) report(node, parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every TypeScript source file under a folder (or the file itself), tests left out. */
function sourcesUnder(folder: string): string[] {
  if (!statSync(folder).isDirectory()) return [folder];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !/\.(?:test|d)\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The English literals of the interface's folders, paths relative to `root`. */
export function findEnglishLiterals(root: string, folders: readonly string[]): EnglishLiteral[] {
  return folders.flatMap((folder) =>
    sourcesUnder(join(root, folder)).flatMap((file) =>
      englishLiteralsIn(relative(root, file), readFileSync(file, 'utf8')),
    ),
  );
}

// `tsx scripts/find-english-literals.ts [folder…]` lists what is left to translate.
if (process.argv[1]?.endsWith('find-english-literals.ts')) {
  const folders = process.argv.slice(2);
  const found = findEnglishLiterals(
    process.cwd(),
    folders.length > 0 ? folders : ['src/ui', 'src/map', 'src/overlays'],
  );
  for (const item of found) console.log(`${item.file}:${item.line}  ${item.text}`);
  console.log(`${found.length} English literal(s)`);
}
