/** The seed registry compiled into a matcher, the way the builder compiles it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { RegistrySchema, type Registry } from '../lib/bundle/registry';
import { compileMatcher, toRuntime, type MatcherSource, type RuntimeMatcher } from '../lib/match';

export function readRegistry(file = resolve(import.meta.dirname, '../seeds/registry.json')): Registry {
  return v.parse(RegistrySchema, JSON.parse(readFileSync(file, 'utf8')));
}

export function registrySources(registry: Registry): MatcherSource[] {
  return registry.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    region: e.region ?? null,
    contextual: e.contextual,
    role: e.role,
    aliases: [...new Set([e.name, ...e.aliases, ...(e.nativeName ? [e.nativeName] : [])])],
    shortForms: e.shortForms,
  }));
}

export function registryMatcher(registry: Registry = readRegistry()): RuntimeMatcher {
  return toRuntime(compileMatcher(registrySources(registry)).matcher);
}
