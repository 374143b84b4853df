// The runnable examples of a page in docs/: GraphQL queries and curl commands, each with the output the page shows
// for it (if any) and a name taken from the question or sentence that introduces it.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../server/config/project-root.ts';
import { curlSummary } from './curl.ts';

/** The address the documented commands use (`npm start`'s default). */
export const DOCS_ORIGIN = 'http://127.0.0.1:4000';

/** A documented output: a ```json block after the example, or a `# {…}` comment after a curl command. */
export interface DocumentedOutput {
  readonly text: string;
  /** `docs/page.md:line` where the output starts. */
  readonly at: string;
  /** The last sentence of the prose between the example (or the previous output) and this output, if any. */
  readonly intro: string;
}

export interface GraphqlExample {
  readonly type: 'graphql';
  readonly name: string;
  readonly query: string;
  /** `docs/page.md:line` of the query. */
  readonly at: string;
  readonly outputs: DocumentedOutput[];
}

export interface CurlExample {
  readonly type: 'curl';
  readonly name: string;
  readonly command: string;
  readonly at: string;
  readonly outputs: DocumentedOutput[];
}

export type Example = GraphqlExample | CurlExample;

export interface Section {
  readonly examples: Example[];
  /** ```json blocks that follow no example: the page shows an output nobody can reproduce. */
  readonly orphanOutputs: DocumentedOutput[];
  /** The question numbers (`**N. …**`) seen, in order. */
  readonly questions: number[];
}

interface Block {
  readonly lang: string;
  readonly text: string;
  /** Line of the block's first line of content. */
  readonly line: number;
  readonly before: string;
}

function blocks(file: string, text: string): Block[] {
  const firstLine = 1;
  const lines = text.split('\n');
  const result: Block[] = [];
  let prose: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!fence) {
      prose.push(lines[i]!);
      continue;
    }
    const start = i;
    for (i += 1; i < lines.length && !/^```\s*$/.test(lines[i]!); i += 1);
    if (i >= lines.length) throw new Error(`unterminated code block at ${file}:${firstLine + start}`);
    result.push({
      lang: fence[1] ?? '',
      text: lines.slice(start + 1, i).join('\n'),
      line: firstLine + start + 1,
      before: prose.join('\n').trim(),
    });
    prose = [];
  }
  return result;
}

const QUESTION = /^\*\*(\d+)\.\s+(.+?)\*\*/m;

/** The last sentence of a paragraph, without markdown emphasis and the closing colon, at most 110 characters. */
function lastSentence(prose: string): string {
  const paragraph = prose.split(/\n\s*\n/).at(-1) ?? '';
  const flat = paragraph.replace(/\s+/g, ' ').replace(/\*\*/g, '').trim();
  const sentence = (flat.split(/(?<=[.?!])\s+(?=[A-Z`])/).at(-1) ?? flat).replace(/:$/, '');
  return sentence.length > 110 ? `${sentence.slice(0, 109)}…` : sentence;
}

/** Shell lines joined at trailing backslashes; `#` comment lines kept as comments. */
function shellCommands(
  text: string,
  firstLine: number,
): { command: string; line: number; comments: { text: string; line: number }[] }[] {
  const commands: { command: string; line: number; comments: { text: string; line: number }[] }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (line.trim().startsWith('#')) {
      commands.at(-1)?.comments.push({ text: line.trim().replace(/^#\s?/, ''), line: firstLine + i });
      continue;
    }
    const start = i;
    let command = line;
    while (command.endsWith('\\') && i + 1 < lines.length)
      command = `${command.slice(0, -1)} ${lines[(i += 1)]!.trim()}`;
    commands.push({ command: command.trim(), line: firstLine + start, comments: [] });
  }
  return commands;
}

/**
 * The examples of a page (`docs/…md`, relative to the project root): every ```graphql block and every `curl`
 * command of a ```sh block. The ```json blocks that follow an example (with only prose between) are its
 * documented outputs; so is a comment line starting with `# {` right after a curl command. The page is read when
 * the tests are collected, so the tests follow its edits.
 */
export function docExamples(file: string): Section {
  const text = fs.readFileSync(path.join(projectRoot, file), 'utf8');
  const examples: Example[] = [];
  const orphanOutputs: DocumentedOutput[] = [];
  const questions: number[] = [];
  let question: string | undefined;
  let heading = file;
  let last: Example | undefined;
  for (const block of blocks(file, text)) {
    heading = [...block.before.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].at(-1)?.[1] ?? heading;
    const q = QUESTION.exec(block.before);
    if (q) {
      questions.push(Number(q[1]));
      question = `${q[1]}. ${q[2]!.trim()}`;
    }
    if (block.lang === 'json') {
      const output = { text: block.text, at: `${file}:${block.line}`, intro: lastSentence(block.before) };
      // A new question or heading in between: the output belongs to no example.
      if (last && !q && !/^#/m.test(block.before)) last.outputs.push(output);
      else orphanOutputs.push(output);
      continue;
    }
    last = undefined;
    if (block.lang === 'graphql') {
      const name = q
        ? question!
        : question
          ? `${question} — ${lastSentence(block.before)}`
          : `${heading}: ${block.text.replace(/\s+/g, ' ').trim().slice(0, 90)}`;
      last = { type: 'graphql', name, query: block.text, at: `${file}:${block.line}`, outputs: [] };
      examples.push(last);
    } else if (block.lang === 'sh') {
      const curls = shellCommands(block.text, block.line).filter((c) => /^curl\s/.test(c.command));
      for (const curl of curls) {
        const outputs = curl.comments
          .filter((c) => c.text.startsWith('{'))
          .map((c) => ({ text: c.text, at: `${file}:${c.line}`, intro: '' }));
        const example: CurlExample = {
          type: 'curl',
          name: `${heading}: curl ${curlSummary(curl.command, DOCS_ORIGIN)}`,
          command: curl.command,
          at: `${file}:${curl.line}`,
          outputs,
        };
        examples.push(example);
        // Only a block of one command can be followed by its output block.
        if (curls.length === 1) last = example;
      }
    }
  }
  return { examples, orphanOutputs, questions };
}
