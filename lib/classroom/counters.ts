/** The limits' counter store on the app's database: one object per process, the counts shared by all. */
import "server-only";
import { getDb } from "../db";
import { counterStore } from "../db/limit-counters";

export const sharedCounters = counterStore(getDb);
