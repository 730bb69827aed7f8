/**
 * Synthetic, valid kubenotes content of any size with a realistic shape: bilingual text of study-note length,
 * a skewed (preferential-attachment) degree distribution, every kind and relation type, and deep part-of
 * trees. Seeded and deterministic. Acyclic relation types only point from a later concept to an earlier one,
 * so the content always validates.
 */
import {
  type ContentFile,
  KINDS,
  LEVELS,
  RELATION_TYPE_IDS,
  RELATION_TYPES,
  type RelationType,
  TAGS,
} from "@kubenotes/core";
import { createRandom, pick, type Random } from "./random.js";

export interface GenerateOptions {
  /** Number of concepts (default 1,000). */
  concepts?: number;
  /** PRNG seed (default 42). */
  seed?: number;
}

const KO_WORDS = [
  "컨테이너",
  "파드",
  "노드",
  "클러스터",
  "이미지",
  "레이어",
  "서비스",
  "네트워크",
  "볼륨",
  "컨트롤러",
  "스케줄러",
  "매니페스트",
  "레지스트리",
  "런타임",
  "네임스페이스",
  "레이블",
  "셀렉터",
  "프록시",
  "인증서",
  "워크로드",
  "상태",
  "요청",
  "응답",
  "설정",
  "리소스",
  "프로세스",
  "파일",
  "격리",
  "배포",
  "관리",
  "실행",
  "저장",
  "연결",
  "확인",
];
const KO_ENDINGS = [
  "를 사용한다",
  "는 중요하다",
  "의 일부다",
  "에서 실행된다",
  "로 구성된다",
  "를 관리한다",
  "와 연결된다",
];
const EN_WORDS = [
  "container",
  "pod",
  "node",
  "cluster",
  "image",
  "layer",
  "service",
  "network",
  "volume",
  "controller",
  "scheduler",
  "manifest",
  "registry",
  "runtime",
  "namespace",
  "label",
  "selector",
  "proxy",
  "certificate",
  "workload",
  "state",
  "request",
  "response",
  "configuration",
  "resource",
  "process",
  "file",
  "isolation",
  "deployment",
  "management",
  "execution",
  "storage",
  "connection",
  "the",
  "a",
  "of",
  "and",
  "runs",
  "uses",
];
const KO_NAME_PARTS = ["가상", "분산", "선언적", "동적", "정적", "보안", "내부", "외부", "기본", "확장"];
const EN_NAME_PARTS = [
  "virtual",
  "distributed",
  "declarative",
  "dynamic",
  "static",
  "secure",
  "internal",
  "external",
  "base",
  "extended",
];

const SYLLABLES_KO = [
  "가",
  "나",
  "다",
  "라",
  "마",
  "바",
  "사",
  "아",
  "자",
  "차",
  "카",
  "타",
  "파",
  "하",
  "고",
  "노",
  "도",
  "로",
  "모",
  "보",
  "소",
  "오",
  "조",
  "코",
  "토",
  "포",
  "호",
  "구",
  "누",
  "두",
  "루",
  "무",
  "부",
  "수",
  "우",
  "주",
  "쿠",
  "투",
  "푸",
  "후",
  "컨",
  "테",
  "이",
  "너",
  "레",
  "지",
  "스",
  "트",
  "리",
];
const SYLLABLES_EN = [
  "ka",
  "be",
  "ti",
  "lo",
  "mu",
  "ne",
  "ra",
  "si",
  "po",
  "du",
  "xe",
  "qu",
  "fa",
  "go",
  "hi",
  "ju",
  "ze",
  "wo",
  "ly",
  "ck",
  "st",
  "ar",
  "en",
  "on",
];

/** A Zipf-like vocabulary: a few very common words, a long tail of rare ones (as in real notes). */
function vocabulary(
  random: Random,
  syllables: readonly string[],
  size: number,
  base: readonly string[],
): string[] {
  const words = new Set(base);
  while (words.size < size) {
    const length = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length }, () => pick(random, syllables)).join(""));
  }
  return [...words];
}

function zipf(random: Random, words: readonly string[]): string {
  // Inverse-transform of a 1/rank distribution: index = size^u - 1.
  const index = Math.floor(words.length ** random()) - 1;
  return words[Math.min(words.length - 1, Math.max(0, index))] as string;
}

function sentence(random: Random, words: readonly string[], length: number, ending = "."): string {
  const parts = Array.from({ length }, () => zipf(random, words));
  const text = parts.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${ending}`;
}

function koSentence(random: Random, words: readonly string[]): string {
  return `${Array.from({ length: 4 + Math.floor(random() * 6) }, () => zipf(random, words)).join(" ")}${pick(random, KO_ENDINGS)}.`;
}

function paragraph(_random: Random, make: () => string, sentences: number): string {
  return Array.from({ length: sentences }, make).join(" ");
}

/** Generates the files in memory; `writeContent` puts them on disk. */
export function generateContent(options: GenerateOptions = {}): ContentFile[] {
  const count = options.concepts ?? 1_000;
  const random = createRandom(options.seed ?? 42);
  const koWords = vocabulary(random, SYLLABLES_KO, 4_000, KO_WORDS);
  const enWords = vocabulary(random, SYLLABLES_EN, 4_000, EN_WORDS);
  const ko = () => koSentence(random, koWords);
  const ids = Array.from({ length: count }, (_, index) => `concept-${index.toString(36).padStart(4, "0")}`);
  const relations: Map<RelationType, Set<number>>[] = ids.map(() => new Map());
  const degree = new Array<number>(count).fill(1);
  const degreeTotal = { value: count };
  const add = (from: number, to: number, type: RelationType) => {
    if (from === to) return;
    const [source, target] =
      RELATION_TYPES[type].acyclic || RELATION_TYPES[type].learningOrder
        ? [Math.max(from, to), Math.min(from, to)]
        : [from, to];
    const targets = relations[source]?.get(type) ?? new Set<number>();
    if (targets.has(target)) return;
    targets.add(target);
    relations[source]?.set(type, targets);
    degree[source] = (degree[source] ?? 0) + 1;
    degree[target] = (degree[target] ?? 0) + 1;
    degreeTotal.value += 2;
  };
  /** Preferential attachment among the first `limit` concepts: popular concepts get more links. */
  const popular = (limit: number) => {
    let ticket = random() * degreeTotal.value;
    for (let index = 0; index < limit; index++) {
      ticket -= degree[index] ?? 0;
      if (ticket <= 0) return index;
    }
    return Math.floor(random() * limit);
  };
  for (let index = 1; index < count; index++) {
    // Deep part-of trees: every 7th concept starts a chain continued by the next few.
    if (index % 7 !== 0 && index % 7 !== 1) add(index, index - 1, "part-of");
    else add(index, popular(index), pick(random, RELATION_TYPE_IDS));
    const extra = Math.floor(random() * 3);
    for (let edge = 0; edge < extra; edge++) add(index, popular(index), pick(random, RELATION_TYPE_IDS));
  }
  // Every relation type at least once.
  RELATION_TYPE_IDS.forEach((type, offset) => {
    if (count > offset + 1) add(offset + 1, 0, type);
  });
  return ids.map((id, index): ContentFile => {
    const kind = KINDS[index % KINDS.length] ?? "concept";
    // Bodies link to a related concept by id, as real concept bodies do.
    const linked = index > 0 ? ids[popular(index)] : ids[1];
    const link = linked ? `See [${linked}](${linked}).` : "";
    const relationLines = RELATION_TYPE_IDS.flatMap((type) => {
      const targets = relations[index]?.get(type);
      return targets ? [`  ${type}: [${[...targets].map((target) => ids[target]).join(", ")}]`] : [];
    });
    const nameKo = `${pick(random, KO_NAME_PARTS)} ${pick(random, KO_WORDS)} ${index}`;
    const nameEn = `${pick(random, EN_NAME_PARTS)} ${pick(random, EN_WORDS.slice(0, 33))} ${index}`;
    const lines = [
      "---",
      `id: ${id}`,
      `kind: ${kind}`,
      `name: { ko: "${nameKo}", en: "${nameEn}" }`,
      `aka: ["${pick(random, EN_WORDS.slice(0, 33))}-${index}"]`,
      "summary:",
      `  ko: "${ko()} ${ko()}"`,
      `  en: "${sentence(random, enWords, 14)} ${sentence(random, enWords, 10)}"`,
      `tags: [${pick(random, TAGS)}${random() < 0.5 ? `, ${TAGS[(index + 3) % TAGS.length]}` : ""}]`.replace(
        /\[(\S+), \1\]/,
        "[$1]",
      ),
      `level: ${pick(random, LEVELS)}`,
      ...(kind === "event" ? [`date: "${2000 + (index % 25)}-0${1 + (index % 9)}-1${index % 10}"`] : []),
      ...(relationLines.length > 0 ? ["relations:", ...relationLines] : []),
      "sources:",
      `  - { title: "Synthetic source ${index}", url: "https://kubernetes.io/docs/concepts/#${id}" }`,
      "---",
      "# ko",
      "",
      paragraph(random, ko, 6),
      "",
      "```yaml",
      `name: ${id}`,
      "```",
      "",
      `${paragraph(random, ko, 3)} ${link}`,
      "",
      "# en",
      "",
      paragraph(random, () => sentence(random, enWords, 12), 6),
      "",
      `${paragraph(random, () => sentence(random, enWords, 12), 3)} ${link}`,
      "",
    ];
    return { file: `${id}.md`, text: lines.join("\n") };
  });
}
