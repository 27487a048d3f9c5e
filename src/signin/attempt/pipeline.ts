// Runs a sign-in as stages of small steps (one rule per step file, see src/signin/steps),
// the shape the readiness checks and the SAML validation already have. The first step
// that throws a SignInError ends the attempt with its catalog code; the timeline records
// each stage passed and the one that failed, with the step that decided it.
import { SignInError, type SignInFailure } from '../sign-in-error.ts';
import type { SignInDeps } from '../deps.ts';
import type { AttemptContext } from './context.ts';
import type { Stage } from './stages.ts';

export type Step<C extends AttemptContext = AttemptContext> = (ctx: C, deps: SignInDeps) => Promise<void> | void;

export interface StageOf<C extends AttemptContext> {
  stage: Stage;
  steps: Step<C>[];
}

export const stage = <C extends AttemptContext>(name: Stage, ...steps: Step<C>[]): StageOf<C> => ({ stage: name, steps });

/** A step's name is its function's name in kebab case, which is its file's name. */
export const stepName = (step: Step<never>): string => step.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The failure that ended the attempt, with the error behind it when it was not a documented one. */
export interface Stopped {
  failure: SignInFailure;
  step: string;
  unexpected?: unknown;
}

export async function runStages<C extends AttemptContext>(ctx: C, deps: SignInDeps, stages: StageOf<C>[]): Promise<Stopped | null> {
  for (const { stage: name, steps } of stages) {
    const began = performance.now();
    for (const step of steps) {
      try {
        await step(ctx, deps);
      } catch (error) {
        const failure: SignInFailure = error instanceof SignInError ? error.failure : { code: 'UNEXPECTED_ERROR', params: {}, detail: 'An unexpected error stopped the sign-in; see the service log for this trace id.' };
        const ms = elapsed(began);
        ctx.timeline.push({ stage: name, at: new Date().toISOString(), ms, ok: false, code: failure.code, step: stepName(step) });
        deps.observer?.stage?.(name, ctx.connection?.protocol ?? null, ms, false);
        return { failure, step: stepName(step), ...(error instanceof SignInError ? {} : { unexpected: error }) };
      }
    }
    const ms = elapsed(began);
    ctx.timeline.push({ stage: name, at: new Date().toISOString(), ms, ok: true });
    deps.observer?.stage?.(name, ctx.connection?.protocol ?? null, ms, true);
  }
  return null;
}

const elapsed = (since: number) => Math.round((performance.now() - since) * 100) / 100;
