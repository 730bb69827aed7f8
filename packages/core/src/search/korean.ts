/**
 * The Korean-aware parts of search: particle stripping (컨테이너를 → 컨테이너) and initial-consonant
 * (초성) forms (컨테이너 → ㅋㅌㅇㄴ), on top of es-hangul.
 */
import { getChoseong } from "es-hangul";

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;
/** Compatibility jamo consonants ㄱ..ㅎ, what people type for an initial-consonant search. */
const CHOSEONG_QUERY = /^[\u3131-\u314E\s]+$/u;

/**
 * Particles (조사) and the copula endings most often glued to a noun in study notes, longest first so
 * `에서는` is tried before `는`.
 */
const PARTICLES = [
  "에서는",
  "으로는",
  "에서의",
  "이라는",
  "이라고",
  "에게서",
  "에서",
  "으로",
  "에게",
  "까지",
  "부터",
  "처럼",
  "보다",
  "이나",
  "이란",
  "라는",
  "란",
  "와의",
  "과의",
  "에는",
  "에도",
  "로는",
  "를",
  "을",
  "는",
  "은",
  "이",
  "가",
  "의",
  "에",
  "로",
  "와",
  "과",
  "도",
  "만",
  "나",
].sort((a, b) => b.length - a.length);

/** True when the text has at least one Hangul syllable. */
export function hasHangul(text: string): boolean {
  return HANGUL_SYLLABLE.test(text);
}

/** True when the query is made only of initial consonants (and spaces), e.g. `ㅋㅌㅇㄴ`. */
export function isChoseongQuery(query: string): boolean {
  return CHOSEONG_QUERY.test(query) && query.trim().length > 0;
}

/**
 * The word without a trailing particle, or undefined when it has none. Keeps at least two syllables of stem,
 * so short nouns ending in a particle-like syllable (파드, 노드) are left alone by the one-syllable particles.
 */
export function stripParticle(word: string): string | undefined {
  if (!HANGUL_WORD.test(word)) return undefined;
  for (const particle of PARTICLES) {
    if (word.length - particle.length >= 2 && word.endsWith(particle)) return word.slice(0, -particle.length);
  }
  return undefined;
}

/**
 * Initial-consonant forms of the Hangul words of a name: each word, and the whole name without spaces
 * (`컨테이너 런타임` → `ㅋㅌㅇㄴ ㄹㅌㅇ ㅋㅌㅇㄴㄹㅌㅇ`).
 */
export function choseongForms(name: string): string[] {
  const words = name.split(/[^\uAC00-\uD7A3]+/).filter((word) => word.length > 0);
  if (words.length === 0) return [];
  const forms = words.map((word) => getChoseong(word));
  if (words.length > 1) forms.push(forms.join(""));
  return forms;
}
