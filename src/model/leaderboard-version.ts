/**
 * The name and version of `leaderboard.json`'s schema (model/leaderboard-json.ts), apart from the
 * zod schema itself so that the page script, which writes rows but never validates them, does
 * not bundle zod.
 */
export const LEADERBOARD_SCHEMA = 'benchbench-leaderboard';
export const LEADERBOARD_SCHEMA_VERSION = 3;
/** The JSON Schema's file name, beside `leaderboard.json`. */
export const LEADERBOARD_SCHEMA_FILE = 'leaderboard.schema.json';
