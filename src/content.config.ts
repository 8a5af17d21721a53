// Content collections: the course pages, loaded as their author wrote them (see src/course/loader.ts).
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { courseLoader } from './course/loader.ts';
import { courseRoots } from './course/settings.ts';

export const collections = {
  docs: defineCollection({
    loader: courseLoader({ roots: courseRoots() }),
    schema: docsSchema({
      extend: z.object({
        /** Navigation lines found in the file (🔝, ⏭️), filled in by the loader. */
        courseNav: z.object({ top: z.boolean(), pendingNext: z.string().optional() }).optional(),
      }),
    }),
  }),
  /** French wording for Starlight's and Pagefind's interface where their defaults fall short. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
