'use client';
/** Nothing selected: the scenario itself — name, description, seed, run settings, every scheduled fault. */
import { useDoc } from '@/components/playground/PlaygroundProvider';
import { FaultSchedule } from './FaultSchedule';
import { NumberField } from './fields/NumberField';
import { Section } from './fields/Section';
import { TextField } from './fields/TextField';
import { defaultOf } from './schema-info';
import { useEditor } from './use-editor';

export function ScenarioEditor() {
  const editor = useEditor({ kind: 'doc' });
  const name = useDoc((s) => s.doc.name);
  const description = useDoc((s) => s.doc.description);
  const seed = useDoc((s) => s.doc.seed);
  const settings = useDoc((s) => s.doc.run);
  const ph = (key: string, scale = 1) => String((defaultOf('run', key) as number) / scale);

  return (
    <>
      <Section title="Scenario">
        <TextField editor={editor} path={['name']} value={name} label="Name" maxLength={120} />
        <TextField editor={editor} path={['description']} value={description} label="Description" placeholder="What this scenario shows, and what to try." optional multiline rows={5} maxLength={2000} />
      </Section>
      <Section title="Run" intro="In simulated time; the speed control sets how fast it passes.">
        <NumberField editor={editor} path={['seed']} value={seed} label="Seed" unit="" placeholder="1" optional help="Same seed, same numbers: every random draw follows from it. Also in the top bar." />
        <NumberField editor={editor} path={['run', 'durationMs']} value={settings?.durationMs} label="Duration" unit="s" scale={1000} placeholder={ph('durationMs', 1000)} optional help="Simulated time to run." />
        <NumberField editor={editor} path={['run', 'warmupMs']} value={settings?.warmupMs} label="Warm-up" unit="s" scale={1000} placeholder={ph('warmupMs', 1000)} optional help="Requests started before this are left out of the statistics." />
        <NumberField editor={editor} path={['run', 'windowMs']} value={settings?.windowMs} label="Chart window" unit="ms" placeholder={ph('windowMs')} optional help="Width of one point on the live charts." />
      </Section>
      <Section title="Fault schedule" intro="Faults that happen on their own during every run, at the same simulated times.">
        <FaultSchedule />
      </Section>
    </>
  );
}
