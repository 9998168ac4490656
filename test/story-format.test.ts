import {expect} from '@open-wc/testing';
import {parseStory, storySchema} from '../src/data/index.js';
import {seed, seedWith, storyErrorOf} from './helpers.js';

describe('parseStory', () => {
  it('accepts the seed and keeps its content', () => {
    const story = parseStory(seed);
    expect(story.title).to.equal(seed.title);
    expect(story.lenses!.flatMap((l) => l.takes)).to.have.length(11);
    expect(story.numbers).to.have.length(4);
    expect(story.summary![1]).to.deep.equal({entity: 'tren-de-aragua', text: 'Tren De Aragua'});
  });

  it('accepts a minimal story', () => {
    const story = parseStory({version: 1, id: 'x', title: 'Only a title'});
    expect(story).to.deep.equal({version: 1, id: 'x', title: 'Only a title'});
  });

  for (const field of ['version', 'id', 'title']) {
    it(`names a missing required field: ${field}`, () => {
      const error = storyErrorOf(() => parseStory(seedWith((s) => delete s[field])));
      expect(error.kind).to.equal('invalid');
      expect(error.path).to.equal(field);
      expect(error.message).to.contain(`${field}: expected`).and.contain('required');
    });
  }

  const nestedRequired: [string, (s: any) => void][] = [
    ['lenses[2].takes[0].url', (s) => delete s.lenses[2].takes[0].url],
    ['lenses[1].takes[0].outlet', (s) => delete s.lenses[1].takes[0].outlet],
    ['lenses[0].id', (s) => delete s.lenses[0].id],
    ['lenses[0].label', (s) => delete s.lenses[0].label],
    ['lenses[3].takes', (s) => delete s.lenses[3].takes],
    ['entities[4].name', (s) => delete s.entities[4].name],
    ['entities[0].id', (s) => delete s.entities[0].id],
    ['numbers[3].value', (s) => delete s.numbers[3].value],
    ['numbers[0].label', (s) => delete s.numbers[0].label],
    ['summary[3].text', (s) => delete s.summary[3].text],
    ['summary[1].entity', (s) => delete s.summary[1].entity],
    ['related[0].id', (s) => delete s.related[0].id],
  ];
  for (const [path, spoil] of nestedRequired) {
    it(`names the path of a missing nested field: ${path}`, () => {
      const error = storyErrorOf(() => parseStory(seedWith(spoil)));
      expect(error.kind).to.equal('invalid');
      expect(error.path).to.equal(path);
      expect(error.message).to.match(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: expected a`));
    });
  }

  const wrongTypes: [string, unknown, string][] = [
    ['title', 42, 'expected a string, got integer'],
    ['version', '1', 'expected an integer, got string'],
    ['version', 1.5, 'expected an integer, got number'],
    ['id', null, 'expected a string, got null'],
    ['url', {}, 'expected a string, got object'],
    ['lang', ['en'], 'expected a string, got array'],
    ['type', true, 'expected a string, got boolean'],
    ['date', 20260612, 'expected a string, got integer'],
    ['dek', 1, 'expected a string, got integer'],
    ['heads', 'tag', 'expected an array, got string'],
    ['summary', 'text', 'expected an array, got string'],
    ['numbers', {}, 'expected an array, got object'],
    ['whyItMatters', [], 'expected a string, got array'],
    ['watch', 'x', 'expected an array, got string'],
    ['lenses', null, 'expected an array, got null'],
    ['entities', {}, 'expected an array, got object'],
    ['related', 1, 'expected an array, got integer'],
  ];
  for (const [field, value, message] of wrongTypes) {
    it(`rejects ${field} of the wrong type`, () => {
      const error = storyErrorOf(() => parseStory(seedWith((s) => (s[field] = value))));
      expect(error.kind).to.equal('invalid');
      expect(error.message).to.equal(`${field}: ${message}`);
    });
  }

  it('names the path of a wrong type deep inside', () => {
    const error = storyErrorOf(() => parseStory(seedWith((s) => (s.lenses[2].takes[0].url = 7))));
    expect(error.message).to.equal('lenses[2].takes[0].url: expected a string, got integer');
    const heads = storyErrorOf(() => parseStory(seedWith((s) => (s.heads[1] = {}))));
    expect(heads.message).to.equal('heads[1]: expected a string, got object');
    const segment = storyErrorOf(() => parseStory(seedWith((s) => (s.summary[2] = 3))));
    expect(segment.message).to.equal('summary[2]: expected a string or an object, got integer');
    const mention = storyErrorOf(() => parseStory(seedWith((s) => (s.summary[1].entity = 3))));
    expect(mention.path).to.equal('summary[1].entity');
  });

  it('rejects an id that is not a slug and a malformed date', () => {
    expect(storyErrorOf(() => parseStory(seedWith((s) => (s.id = 'Not A Slug')))).path).to.equal('id');
    expect(storyErrorOf(() => parseStory(seedWith((s) => (s.date = 'June 12')))).path).to.equal('date');
    expect(parseStory(seedWith((s) => (s.date = '2026-06-12T14:30:00Z'))).date).to.equal(
      '2026-06-12T14:30:00Z'
    );
  });

  it('rejects version 2 as an unsupported version', () => {
    const error = storyErrorOf(() => parseStory(seedWith((s) => (s.version = 2))));
    expect(error.kind).to.equal('version');
    expect(error.message).to.match(/unsupported story version 2/i);
  });

  for (const value of [null, [], 'story', 1, true, undefined]) {
    it(`rejects a document that is not an object: ${JSON.stringify(value)}`, () => {
      const error = storyErrorOf(() => parseStory(value));
      expect(error.kind).to.equal('invalid');
      expect(error.message).to.match(/^story: expected an object, got /);
    });
  }

  it('ignores unknown fields', () => {
    const story = parseStory(seedWith((s) => ((s.extra = {a: 1}), (s.lenses[0].takes[0].stars = 5))));
    expect(story).not.to.have.property('extra');
    expect(story.lenses![0].takes[0]).not.to.have.property('stars');
  });

  it('never lets "__proto__" or "constructor" keys touch a prototype', () => {
    const json = `{"version":1,"id":"p","title":"t","__proto__":{"polluted":true},
      "constructor":{"prototype":{"polluted":true}},
      "entities":[{"id":"constructor","name":"c","__proto__":{"polluted":true}}]}`;
    const story = parseStory(JSON.parse(json)) as any;
    expect(({} as any).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(story)).to.equal(Object.prototype);
    expect(story.polluted).to.equal(undefined);
    expect(Object.hasOwn(story, 'constructor')).to.equal(false);
    expect(story.entities[0].polluted).to.equal(undefined);
    expect(Object.keys(story.entities[0])).to.deep.equal(['id', 'name']);
  });

  it('treats undefined, as a story object built in JavaScript may have, as absent', () => {
    const story = parseStory(seedWith((s) => (s.lenses[1].takes[0].quote = undefined)));
    expect(story.lenses![1].takes[0]).not.to.have.property('quote');
    expect(storyErrorOf(() => parseStory(seedWith((s) => (s.title = undefined)))).path).to.equal('title');
  });

  it('does not mistake inherited properties for required fields', () => {
    const error = storyErrorOf(() => parseStory(JSON.parse('{"version":1,"id":"x"}')));
    expect(error.path).to.equal('title');
  });
});

describe('dist/story.schema.json', () => {
  it('is the schema the validator interprets, written out by the build', async () => {
    const {$schema, title, ...shipped} = await (await fetch('/dist/story.schema.json')).json();
    expect(shipped).to.deep.equal({
      description: shipped.description,
      ...JSON.parse(JSON.stringify(storySchema)),
    });
    expect($schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(title).to.equal('Story');
    expect(shipped.required).to.deep.equal(['version', 'id', 'title']);
  });
});

describe('error messages', () => {
  it('quote at most about 100 characters of a bad value', () => {
    const error = storyErrorOf(() => parseStory(seedWith((s) => (s.id = 'X'.repeat(1_500_000)))));
    expect(error.path).to.equal('id');
    expect(error.message.length).to.be.below(200);
  });
});
