// The reference the bench measures against: a minimal vanilla Starlight project, written to a
// temporary directory and built with the same installed astro and @astrojs/starlight as ours,
// carrying the same lesson text. The text is taken from our built lessons (the rendered prose,
// read with a parser), because our MDX uses components vanilla Starlight does not have: each
// heading becomes a Markdown heading (so Starlight builds the same table of contents) and every
// other block is kept as the HTML we render. The quiz is left out; it is ours, not the text.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

const ROOT = join(import.meta.dirname, '..', '..');

/** The installed Starlight version, so the report can say what the reference was. */
export function starlightVersion() {
	return JSON.parse(readFileSync(join(ROOT, 'node_modules', '@astrojs/starlight', 'package.json'), 'utf8')).version;
}

/** One built lesson as a Markdown page for vanilla Starlight. */
function toVanillaMarkdown(html, order) {
	const tree = fromHtml(html);
	const title = toString(select('h1', tree) ?? { type: 'text', value: 'Materi' }).trim();
	const description = select('meta[name="description"]', tree)?.properties.content ?? '';
	const content = select('.sl-markdown-content', tree);
	if (!content) throw new Error(`no .sl-markdown-content in lesson "${title}"`);
	const blocks = content.children.filter((node) => node.type === 'element');
	const parts = [];
	blocks.forEach((node, index) => {
		const classes = (node.properties.className ?? []).map(String);
		if (classes.includes('quiz')) return;
		if (classes.includes('sl-heading-wrapper')) {
			// A heading with nothing but the quiz under it would be empty in vanilla Starlight.
			if (blocks[index + 1] && (blocks[index + 1].properties.className ?? []).map(String).includes('quiz')) return;
			const heading = node.children.find((child) => child.type === 'element' && /^h[2-6]$/.test(child.tagName));
			parts.push(`${'#'.repeat(Number(heading.tagName[1]))} ${toString(heading).trim()}`);
			return;
		}
		// An HTML block in Markdown ends at the first blank line, so the block must have none.
		parts.push(toHtml(node).replace(/\n\s*\n/g, '\n'));
	});
	return `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(String(description))}\nsidebar:\n  order: ${order}\n---\n\n${parts.join('\n\n')}\n`;
}

/**
 * Write and build the vanilla project from the lessons in our dist/; returns its dist path and a
 * cleanup function.
 */
export function buildVanillaStarlight(ourDist, { lang = 'id', title = 'Netralitas ASN' } = {}) {
	const work = mkdtempSync(join(tmpdir(), 'netralitas-vanilla-'));
	const docs = join(work, 'src', 'content', 'docs');
	mkdirSync(join(docs, 'belajar'), { recursive: true });
	// Hard links: the same installed packages, in a tree of the project's own (a symlink confuses
	// Vite's module ids, and a copy would take longer than the build).
	if (spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(work, 'node_modules')]).status !== 0) throw new Error('could not link node_modules');
	// Listing the dependencies matters: Vite decides which packages to bundle for the server from it.
	const versionOf = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
	const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, versionOf(name)]));
	writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'vanilla-starlight', private: true, type: 'module', dependencies }));
	writeFileSync(
		join(work, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	integrations: [starlight({ title: ${JSON.stringify(title)}, defaultLocale: 'root', locales: { root: { label: 'Bahasa Indonesia', lang: ${JSON.stringify(lang)} } }, sidebar: [{ label: 'Belajar', items: [{ autogenerate: { directory: 'belajar' } }] }] })],
});
`,
	);
	writeFileSync(
		join(work, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	// Starlight's head links /favicon.svg; without one, every page view would fetch the 404 page.
	mkdirSync(join(work, 'public'), { recursive: true });
	copyFileSync(join(ROOT, 'public', 'favicon.svg'), join(work, 'public', 'favicon.svg'));
	writeFileSync(join(docs, 'index.md'), `---\ntitle: ${JSON.stringify(title)}\n---\n\nMulai dari [materi pertama](/belajar/apa-itu-netralitas/).\n`);
	const lessonDir = join(ourDist, 'belajar');
	const lessons = readdirSync(lessonDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
	lessons.forEach((lesson, index) => {
		const html = readFileSync(join(lessonDir, lesson.name, 'index.html'), 'utf8');
		writeFileSync(join(docs, 'belajar', `${lesson.name}.md`), toVanillaMarkdown(html, index + 1));
	});
	const result = spawnSync('npx', ['astro', 'build'], { cwd: work, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`vanilla Starlight build failed in ${work}:\n${result.stdout}\n${result.stderr}`);
	return { dist: join(work, 'dist'), lessons: lessons.length, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}
