/**
 * JSON Schema (2020-12) of `ArticleDocument` version 1. Shipped as
 * `@maqal/core/schema.json` for programs in other languages; tests validate real outputs with it.
 */
const point = {
  type: 'object',
  required: ['line', 'column', 'offset'],
  properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 }, offset: { type: 'integer', minimum: 0 } },
} as const;

const position = { type: 'object', required: ['start', 'end'], properties: { start: { $ref: '#/$defs/point' }, end: { $ref: '#/$defs/point' } } } as const;

const span = {
  type: 'object',
  required: ['text', 'position'],
  additionalProperties: false,
  properties: { text: { type: 'string' }, position: { $ref: '#/$defs/position' } },
} as const;

const blockData = {
  type: 'object',
  properties: { dir: { enum: ['rtl', 'ltr'] }, lang: { type: 'string' }, role: { enum: ['blockquote', 'list-item', 'caption', 'pre', 'table-row'] } },
} as const;

/** nlcst: a sentence holds words (of text nodes), punctuation, symbols, white space, sources. */
const nlcstLeaf = {
  type: 'object',
  required: ['type', 'value'],
  properties: {
    type: { enum: ['TextNode', 'PunctuationNode', 'SymbolNode', 'WhiteSpaceNode', 'SourceNode'] },
    value: { type: 'string' },
    position: { $ref: '#/$defs/position' },
  },
} as const;

const nlcstWord = {
  type: 'object',
  required: ['type', 'children'],
  properties: {
    type: { const: 'WordNode' },
    children: { type: 'array', items: { $ref: '#/$defs/nlcstLeaf' } },
    position: { $ref: '#/$defs/position' },
  },
} as const;

const sentence = {
  type: 'object',
  required: ['type', 'children', 'position'],
  properties: {
    type: { const: 'SentenceNode' },
    children: { type: 'array', items: { anyOf: [{ $ref: '#/$defs/nlcstWord' }, { $ref: '#/$defs/nlcstLeaf' }] } },
    position: { $ref: '#/$defs/position' },
  },
} as const;

const heading = {
  type: 'object',
  required: ['type', 'id', 'depth', 'text', 'children', 'position'],
  properties: {
    type: { const: 'heading' },
    id: { type: 'string' },
    depth: { type: 'integer', minimum: 1, maximum: 6 },
    text: { type: 'string' },
    children: { type: 'array', items: { $ref: '#/$defs/sentence' } },
    position: { $ref: '#/$defs/position' },
    data: { $ref: '#/$defs/blockData' },
  },
} as const;

const paragraph = {
  type: 'object',
  required: ['type', 'id', 'text', 'children', 'position'],
  properties: {
    type: { const: 'paragraph' },
    id: { type: 'string' },
    text: { type: 'string' },
    children: { type: 'array', items: { $ref: '#/$defs/sentence' } },
    position: { $ref: '#/$defs/position' },
    data: { $ref: '#/$defs/blockData' },
  },
} as const;

const section = {
  type: 'object',
  required: ['type', 'id', 'heading', 'children', 'position'],
  properties: {
    type: { const: 'section' },
    id: { type: 'string' },
    heading: { anyOf: [{ $ref: '#/$defs/heading' }, { type: 'null' }] },
    children: { type: 'array', items: { $ref: '#/$defs/paragraph' } },
    position: { $ref: '#/$defs/position' },
  },
} as const;

const quote = {
  type: 'object',
  required: ['id', 'kind', 'text', 'position', 'paragraphId', 'cue', 'speaker', 'confidence'],
  properties: {
    id: { type: 'string' },
    kind: { enum: ['direct', 'indirect', 'mixed'] },
    text: { type: 'string' },
    position: { $ref: '#/$defs/position' },
    paragraphId: { type: 'string' },
    cue: { anyOf: [{ $ref: '#/$defs/span' }, { type: 'null' }] },
    speaker: {
      anyOf: [
        {
          type: 'object',
          required: ['name', 'inferred'],
          properties: { name: { type: 'string' }, entityId: { type: 'string' }, role: { type: 'string' }, inferred: { type: 'boolean' } },
        },
        { type: 'null' },
      ],
    },
    speakerSpan: { $ref: '#/$defs/span' },
    parts: { type: 'array', minItems: 2, items: { $ref: '#/$defs/span' } },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
  },
} as const;

const entity = {
  type: 'object',
  required: ['id', 'kind', 'name', 'aliases', 'roles', 'mentions'],
  properties: {
    id: { type: 'string' },
    kind: { enum: ['person', 'organization', 'location', 'date', 'quantity', 'misc'] },
    name: { type: 'string' },
    aliases: { type: 'array', items: { type: 'string' } },
    roles: { type: 'array', items: { type: 'string' } },
    mentions: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['text', 'position', 'paragraphId'],
        properties: { text: { type: 'string' }, position: { $ref: '#/$defs/position' }, paragraphId: { type: 'string' } },
      },
    },
  },
} as const;

const message = {
  type: 'object',
  required: ['reason', 'ruleId', 'severity'],
  properties: {
    reason: { type: 'string' },
    ruleId: { type: 'string' },
    severity: { enum: ['info', 'warning', 'error'] },
    source: { type: 'string' },
    position: { $ref: '#/$defs/position' },
  },
} as const;

export const articleDocumentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://maqal.dev/schema/article-document-v1.json',
  title: 'ArticleDocument',
  description: 'A news article as parsed by Maqal: structure, sentences, quotes with speakers, named entities. Offsets are UTF-16 code units into `text`.',
  type: 'object',
  required: ['type', 'version', 'text', 'lang', 'dir', 'title', 'meta', 'children', 'quotes', 'entities', 'messages', 'position'],
  properties: {
    type: { const: 'article' },
    version: { const: 1 },
    text: { type: 'string' },
    lang: { type: 'string', pattern: '^(?:[a-z]{2,3}|und)$' },
    dir: { enum: ['rtl', 'ltr'] },
    title: { anyOf: [{ $ref: '#/$defs/heading' }, { type: 'null' }] },
    meta: {
      type: 'object',
      required: ['format', 'wordCount', 'readingMinutes'],
      properties: {
        format: { enum: ['text', 'html', 'markdown'] },
        url: { type: 'string' },
        site: { type: 'string' },
        byline: { type: 'string' },
        published: { type: 'string' },
        description: { type: 'string' },
        wordCount: { type: 'integer', minimum: 0 },
        readingMinutes: { type: 'integer', minimum: 0 },
      },
    },
    children: { type: 'array', items: { $ref: '#/$defs/section' } },
    quotes: { type: 'array', items: { $ref: '#/$defs/quote' } },
    entities: { type: 'array', items: { $ref: '#/$defs/entity' } },
    messages: { type: 'array', items: { $ref: '#/$defs/message' } },
    position: { $ref: '#/$defs/position' },
  },
  $defs: { point, position, span, blockData, nlcstLeaf, nlcstWord, sentence, heading, paragraph, section, quote, entity, message },
} as const;
