/**
 * One command at the event store, and the event it appends: the type follows the REST verb (a POST
 * creates, PUT/PATCH update, DELETE deletes) and the payload is the guide's `user.registered` shape
 * where it fits.
 */
import type { Replier, Request } from '../core/types';
import type { EventTemplate } from '../events/domain-event';
import { NO_SPAN } from '../trace/recording';

export class Command {
  /** The aggregate's version when this attempt read it: the expected version of its append. */
  readVersion = 0;
  retries = 0;
  /** Its decision was made before a rebuild began: at the end it appends rather than starts over. */
  decided = false;
  attemptAt = 0;
  /** When it began waiting for a rebuild to end. */
  waitSince = 0;
  span = NO_SPAN;

  constructor(
    readonly req: Request,
    readonly caller: Replier,
    readonly aggregateId: string,
  ) {}
}

/** The guide's payload of `user.registered`: `{ userId, email, registrationDate }`. */
const USER_REGISTERED_DATA = { userId: '{aggregateId}', email: 'user-{key}@example.com', registrationDate: '{timestamp}' };

/** The event a command appends: `eventType` for creations (and anything that is not PUT/PATCH/DELETE). */
export function templateFor(req: Request, eventType: string, aggregateType: string): EventTemplate {
  const space = req.op.indexOf(' ');
  const verb = (space < 0 ? req.op : req.op.slice(0, space)).toUpperCase();
  let type = eventType;
  if (verb === 'PUT' || verb === 'PATCH') type = `${aggregateType}.updated`;
  else if (verb === 'DELETE') type = `${aggregateType}.deleted`;
  // Without data the factory fills `{ <aggregateType>Id: aggregateId }`.
  return type === 'user.registered' ? { eventType: type, aggregateType, data: USER_REGISTERED_DATA } : { eventType: type, aggregateType };
}
