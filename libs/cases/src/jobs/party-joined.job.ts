import { defineJob, QueueName } from '@parley/platform';

/** Someone joined a party: the case's other members hear of it. */
export const PartyJoinedJob = defineJob<{ membershipId: string }>('PartyJoinedJob', QueueName.Notifications);
