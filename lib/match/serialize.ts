/**
 * A compiled matcher as JSON-safe data. Extension messages are serialised as
 * JSON, which would turn a typed array into an object with one key per
 * element; base64 keeps the trie compact on the way to a tab.
 */
import type { CompiledMatcher, MatcherEntity } from './compile';

/** Bumped whenever the layout of the arrays changes, so that a matcher cached in an older layout is rebuilt. */
export const MATCHER_FORMAT = 3;

export interface SerializedMatcher {
  alphabet: string;
  childStart: string;
  edgeClass: string;
  nodeKey: string;
  startWords: string;
  keyCandidates: string;
  keyCaseSensitive: string;
  candidateEntity: string;
  candidateShort: string;
  candidateContextual: string;
  variantNames: string;
  variantLastWords: string;
  variantShortForms: string;
  entities: MatcherEntity[];
}

function toBase64(view: ArrayBufferView): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export function serializeMatcher(m: CompiledMatcher): SerializedMatcher {
  return {
    alphabet: m.alphabet,
    childStart: toBase64(m.childStart),
    edgeClass: toBase64(m.edgeClass),
    nodeKey: toBase64(m.nodeKey),
    startWords: toBase64(m.startWords),
    keyCandidates: toBase64(m.keyCandidates),
    keyCaseSensitive: toBase64(m.keyCaseSensitive),
    candidateEntity: toBase64(m.candidateEntity),
    candidateShort: toBase64(m.candidateShort),
    candidateContextual: toBase64(m.candidateContextual),
    variantNames: toBase64(m.variants.names),
    variantLastWords: toBase64(m.variants.lastWords),
    variantShortForms: toBase64(m.variants.shortForms),
    entities: m.entities,
  };
}

export function deserializeMatcher(s: SerializedMatcher): CompiledMatcher {
  return {
    alphabet: s.alphabet,
    childStart: new Int32Array(fromBase64(s.childStart)),
    edgeClass: new Uint16Array(fromBase64(s.edgeClass)),
    nodeKey: new Int32Array(fromBase64(s.nodeKey)),
    startWords: new Int32Array(fromBase64(s.startWords)),
    keyCandidates: new Int32Array(fromBase64(s.keyCandidates)),
    keyCaseSensitive: new Uint8Array(fromBase64(s.keyCaseSensitive)),
    candidateEntity: new Int32Array(fromBase64(s.candidateEntity)),
    candidateShort: new Uint8Array(fromBase64(s.candidateShort)),
    candidateContextual: new Uint8Array(fromBase64(s.candidateContextual)),
    variants: {
      names: new Int32Array(fromBase64(s.variantNames)),
      lastWords: new Int32Array(fromBase64(s.variantLastWords)),
      shortForms: new Int32Array(fromBase64(s.variantShortForms)),
    },
    entities: s.entities,
  };
}
