import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { PageFrontmatterSchema } from '~/schemas/page';
import { GlossaryTermSchema } from '~/schemas/glossary';
import { LegalSourceSchema } from '~/schemas/legal-source';
import { ProhibitedActSchema } from '~/schemas/prohibited-act';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { SpeechSchema } from '~/schemas/speech';

/** Domain data lives in top-level content/, one YAML file per entry; the file name is the id. */
const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `./content/${folder}` });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: PageFrontmatterSchema }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	legalSources: defineCollection({ loader: yamlIn('legal-sources'), schema: LegalSourceSchema }),
	prohibitedActs: defineCollection({ loader: yamlIn('prohibited-acts'), schema: ProhibitedActSchema }),
	questionBanks: defineCollection({ loader: yamlIn('question-banks'), schema: QuestionBankSchema }),
	speeches: defineCollection({ loader: yamlIn('speeches'), schema: SpeechSchema }),
	glossary: defineCollection({ loader: file('./content/glossary/istilah.yaml'), schema: GlossaryTermSchema }),
};
