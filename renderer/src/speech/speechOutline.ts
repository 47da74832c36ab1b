// What "read aloud" says for a screen, found in the screen's own markup by one rule, so every
// screen has it without code of its own:
//   1. the title: the element marked data-speech="title", else the first h1 (h2 in a dialog);
//   2. the instruction: elements marked data-speech="instruction", else every .screen__lead
//      (in a dialog, its paragraphs);
//   3. what the screen says back: status and alert messages, <output> (what was typed), elements
//      marked data-speech="fact", a ticket number with its label, and each dt/dd row of a <dl>;
//   4. the choices: every visible control (button, link, role=button) in screen order, by its
//      aria-label or its words, "selected" or "not available now" added where it is; the keys
//      of a digit pad are one choice, the pad's name.
// Hidden things (hidden, aria-hidden, data-speech="skip", or not shown) are never said. Works on
// anything shaped like a DOM element, so it is tested without a browser.

export interface SpeechNode {
  readonly nodeType: number;
  readonly tagName: string;
  readonly children: ArrayLike<SpeechNode>;
  /** Elements and their text in order; a text node has nodeType 3. */
  readonly childNodes: ArrayLike<SpeechNode | SpeechText>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface SpeechText {
  readonly nodeType: number;
  readonly textContent: string | null;
}

const textNodeType = 3;
const elementNodeType = 1;

export interface SpeechOutline {
  title: string | null;
  instructions: string[];
  notices: string[];
  choices: SpeechChoice[];
}

export interface SpeechChoice {
  label: string;
  selected: boolean;
  unavailable: boolean;
}

export interface OutlineOptions {
  /** False for what the page lays out but does not show (display: none, zero size). */
  isShown?: (node: SpeechNode) => boolean;
  /** The root is a dialog: its heading may be an h2 and its paragraphs are its instruction. */
  dialog?: boolean;
  /** Between a term and its value ("姓名：张*明"); the language's own colon. */
  pairSeparator?: string;
}

const controlTags = new Set(['BUTTON', 'A']);
const ticketOnly = /^[A-Z][0-9]{2}-[0-9]{4}-[0-9]{4}$/;
const digitKey = /^[0-9]$/;

const tag = (node: SpeechNode) => node.tagName.toUpperCase();
const classes = (node: SpeechNode) => (node.getAttribute('class') ?? '').split(/\s+/);
const marked = (node: SpeechNode, value: string) => node.getAttribute('data-speech') === value;

function isControl(node: SpeechNode): boolean {
  const name = tag(node);
  if (name === 'A') return node.getAttribute('href') !== null;
  return controlTags.has(name) || node.getAttribute('role') === 'button';
}

/** The words of a node as a reader hears them: children apart, hidden parts left out. */
export function spokenWords(node: SpeechNode, isShown: (node: SpeechNode) => boolean): string {
  const parts: string[] = [];
  for (const child of Array.from(node.childNodes)) {
    if ('tagName' in child && child.nodeType === elementNodeType) {
      if (!isHidden(child, isShown)) parts.push(spokenWords(child, isShown));
    } else if (child.nodeType === textNodeType) {
      parts.push(child.textContent ?? '');
    }
  }
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

function isHidden(node: SpeechNode, isShown: (node: SpeechNode) => boolean): boolean {
  return (
    node.getAttribute('hidden') !== null ||
    node.getAttribute('aria-hidden') === 'true' ||
    marked(node, 'skip') ||
    !isShown(node)
  );
}

function labelOf(node: SpeechNode, isShown: (node: SpeechNode) => boolean): string {
  const aria = node.getAttribute('aria-label');
  return (aria && aria.trim()) || spokenWords(node, isShown);
}

/** The outline of the screen (or dialog) under root, by the rule in this file's header. */
export function outlineScreen(root: SpeechNode, options: OutlineOptions = {}): SpeechOutline {
  const isShown = options.isShown ?? (() => true);
  const dialog = options.dialog ?? false;
  const pairSeparator = options.pairSeparator ?? ': ';
  let markedTitle: string | null = null;
  let headingTitle: string | null = null;
  const markedInstructions: string[] = [];
  const leads: string[] = [];
  const notices: string[] = [];
  const choices: SpeechChoice[] = [];
  const padsSaid = new Set<SpeechNode>();

  const say = (list: string[], text: string) => {
    if (text && !list.includes(text)) list.push(text);
  };

  const visit = (node: SpeechNode, group: SpeechNode | null) => {
    if (isHidden(node, isShown)) return;
    const name = tag(node);
    const words = () => spokenWords(node, isShown);
    if (marked(node, 'title')) {
      markedTitle ??= words();
      return;
    }
    if (marked(node, 'instruction')) return say(markedInstructions, words());
    if (isControl(node)) {
      const label = labelOf(node, isShown);
      if (digitKey.test(label) && group) {
        if (!padsSaid.has(group)) {
          padsSaid.add(group);
          const padName = group.getAttribute('aria-label');
          if (padName) choices.push({ label: padName, selected: false, unavailable: false });
        }
        return;
      }
      if (label) {
        choices.push({
          label,
          selected:
            node.getAttribute('aria-pressed') === 'true' ||
            node.getAttribute('aria-checked') === 'true' ||
            node.getAttribute('aria-selected') === 'true',
          unavailable:
            node.getAttribute('disabled') !== null || node.getAttribute('aria-disabled') === 'true',
        });
      }
      return;
    }
    if (name === 'H1' || (dialog && name === 'H2')) {
      headingTitle ??= words();
      return;
    }
    if (classes(node).includes('screen__lead') || (dialog && name === 'P' && !isNotice(node))) {
      return say(leads, words());
    }
    if (isNotice(node)) return say(notices, words());
    if (name === 'DL') {
      for (const row of definitionRows(node, isShown, pairSeparator)) say(notices, row);
      return;
    }
    if (node.children.length === 0 && ticketOnly.test((node.textContent ?? '').trim())) {
      return say(notices, (node.textContent ?? '').trim());
    }
    if (hasTicketChild(node)) return say(notices, words());
    const nextGroup = node.getAttribute('role') === 'group' ? node : group;
    for (const child of Array.from(node.children)) visit(child, nextGroup);
  };
  visit(root, null);

  return {
    title: markedTitle ?? headingTitle,
    instructions: markedInstructions.length > 0 ? markedInstructions : leads,
    notices,
    choices,
  };
}

function isNotice(node: SpeechNode): boolean {
  const role = node.getAttribute('role');
  return role === 'status' || role === 'alert' || tag(node) === 'OUTPUT' || marked(node, 'fact');
}

/** A small label-and-number box: "回执号 A01-1201-0001" said as one fact. */
function hasTicketChild(node: SpeechNode): boolean {
  const children = Array.from(node.children);
  return (
    children.length > 1 &&
    children.length <= 3 &&
    children.some(
      (child) => child.children.length === 0 && ticketOnly.test((child.textContent ?? '').trim()),
    ) &&
    !children.some(isControl)
  );
}

/** "dt: dd" for each row of a definition list, rows wrapped in a <div> or not. */
function definitionRows(
  list: SpeechNode,
  isShown: (node: SpeechNode) => boolean,
  separator: string,
): string[] {
  const rows: string[] = [];
  let term: string | null = null;
  const walk = (node: SpeechNode) => {
    for (const child of Array.from(node.children)) {
      if (isHidden(child, isShown)) continue;
      const name = tag(child);
      if (name === 'DT') term = spokenWords(child, isShown);
      else if (name === 'DD') {
        const value = spokenWords(child, isShown);
        rows.push(term ? `${term}${separator}${value}` : value);
        term = null;
      } else walk(child);
    }
  };
  walk(list);
  return rows;
}
