/**
 * The one Result type of the project: what a parser, a loader or a computation returns instead of
 * throwing on bad input (excalidraw's charts.parse.ts). The normalizer, the model and the app use it
 * alike; `reason` is a sentence for whoever reads the log, or a value the interface words itself
 * (a LoadError, whose kind the app translates).
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; reason: E };

export const ok = <T, E = string>(value: T): Result<T, E> => ({ ok: true, value });
export const fail = <T = never, E = string>(reason: E): Result<T, E> => ({ ok: false, reason });
