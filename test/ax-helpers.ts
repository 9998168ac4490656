// Reading the accessibility tree a screen reader reads (Chromium's, test/ax-tree.js), for
// test/accessibility.test.ts.
import {executeServerCommand} from '@web/test-runner-commands';
import {skipBecause} from './helpers.js';

/** A node of the accessibility tree, as Puppeteer's snapshot gives it. */
export interface AxNode {
  role: string;
  name?: string;
  level?: number;
  expanded?: boolean;
  live?: string;
  children?: AxNode[];
}

let serial = 0;

/** The accessibility tree from `el` down, or the test is skipped where the engine has none to read. */
export async function axTree(context: Mocha.Context, el: Element): Promise<AxNode> {
  const id = `ax-${serial++}`;
  el.setAttribute('data-ax', id);
  try {
    return (await executeServerCommand('ax-tree', {selector: `[data-ax="${id}"]`})) as AxNode;
  } catch {
    skipBecause(context, 'only Chromium gives its accessibility tree here');
  } finally {
    el.removeAttribute('data-ax');
  }
}

/** Every node under `node`, in the order a screen reader reads them. */
export function inOrder(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(inOrder)];
}

/** The words a screen reader reads under `node`, in order: its text, spaces tidied. */
export const spokenText = (node: AxNode) =>
  inOrder(node)
    .filter((n) => n.role === 'StaticText')
    .map((n) => n.name)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** What is read after `node` (and all it holds), of `nodes`, the order of a tree that holds it. */
export const after = (nodes: AxNode[], node: AxNode) =>
  nodes.slice(nodes.indexOf(node) + inOrder(node).length);

/** The nodes of `role` under `node`. */
export const byRole = (node: AxNode, role: string) => inOrder(node).filter((n) => n.role === role);
