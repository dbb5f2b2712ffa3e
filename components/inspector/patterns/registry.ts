/**
 * Hand-written inspectors for pattern kinds whose parameters a flat generic form cannot edit
 * (e.g. a list of routes). A kind not listed here gets SchemaFields, built from its zod schema.
 * Adding one: write `<Kind>Editor.tsx` beside this file and add ONE line below.
 */
import type { ComponentType } from 'react';
import type { DocNode } from '@/lib/scenario-doc/types';
import type { NodeKind } from '@/simulations/components/registry';
import type { Editor } from '../use-editor';
import { SagaOrchestratorEditor } from './SagaOrchestratorEditor';
import { GatewayEditor } from './GatewayEditor';
import { GraphqlEditor } from './GraphqlEditor';

export type PatternEditor = ComponentType<{ node: DocNode; editor: Editor }>;

export const PATTERN_EDITORS: Partial<Record<NodeKind, PatternEditor>> = {
  sagaOrchestrator: SagaOrchestratorEditor,
  gateway: GatewayEditor,
  graphql: GraphqlEditor,
};
