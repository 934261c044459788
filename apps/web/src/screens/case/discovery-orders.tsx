import { Label, Select, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ActionForm } from '../../components/action-form';
import { spokenTime } from '../../components/dates';
import { Field } from '../../components/field';
import {
  DISCOVERY_ORDERS,
  DiscoveryOrder,
  namesOf,
  ORDER_KIND_WORDS,
  OrderKind,
  PartyName,
  RECORD_DISCOVERY_ORDER,
} from './housekeeping-queries';

/**
 * Empty is no number; anything else that is not a whole number goes as typed, so the API refuses it in
 * its own words rather than the form quietly sending something else.
 */
function asCount(typed: string): number | null {
  const text = typed.trim();
  if (text === '') return null;
  return /^-?\d+$/.test(text) ? Number(text) : (text as unknown as number);
}

function terms(order: DiscoveryOrder): string {
  if (order.kind === 'INTERROGATORY_LIMIT')
    return `${ORDER_KIND_WORDS[order.kind]}: ${order.interrogatoryLimit}`;
  return `${ORDER_KIND_WORDS[order.kind]}: allowed`;
}

function standing(order: DiscoveryOrder, parties: readonly PartyName[], zone: string): string {
  if (order.status === 'SUPERSEDED') return 'Replaced by a later stipulation or order.';
  if (order.status === 'IN_EFFECT')
    return `In effect${order.effectiveAt ? ` since ${spokenTime(order.effectiveAt, zone)}` : ''}.`;
  const waiting = parties.filter((p) => !order.agreedPartyIds.includes(p.id)).map((p) => p.id);
  return `Proposed, not in effect until every party stipulates${
    waiting.length ? `; waiting for ${namesOf(waiting, parties)}` : ''
  }.`;
}

function OrderItem({
  order,
  parties,
  zone,
}: {
  order: DiscoveryOrder;
  parties: readonly PartyName[];
  zone: string;
}) {
  return (
    <li>
      <strong>{terms(order)}</strong>.{' '}
      {order.basis === 'COURT_ORDER' ? 'Ordered by the court' : 'Stipulation'}; source: {order.source}.{' '}
      {standing(order, parties, zone)}
      {order.basis === 'STIPULATION' && order.agreedPartyIds.length > 0 && (
        <> Stipulated so far by {namesOf(order.agreedPartyIds, parties)}.</>
      )}
    </li>
  );
}

/**
 * The case's stipulations and orders changing discovery's defaults, and a party's stipulation to one
 * (FRCP 29): it binds only once every party has stipulated to the same terms, which the API decides.
 */
export function DiscoveryOrders({
  caseId,
  parties,
  zone,
}: {
  caseId: string;
  parties: readonly PartyName[];
  zone: string;
}) {
  const [{ data, error }, reload] = useQuery({ query: DISCOVERY_ORDERS, variables: { caseId } });
  const [kind, setKind] = useState<OrderKind>('INTERROGATORY_LIMIT');
  const [limit, setLimit] = useState('');
  const [source, setSource] = useState('');
  const orders = data?.discoveryOrders;
  return (
    <section aria-labelledby="orders-heading" className="margin-top-4">
      <h2 id="orders-heading">Stipulations and orders</h2>
      {error && (
        <p className="usa-error-message">The stipulations could not be loaded. Reload to try again.</p>
      )}
      {!orders && !error && <p aria-live="polite">Loading the stipulations…</p>}
      {orders && orders.length === 0 && <p>None: the Federal Rules’ defaults apply.</p>}
      {orders && orders.length > 0 && (
        <ul className="usa-list">
          {orders.map((order) => (
            <OrderItem key={order.id} order={order} parties={parties} zone={zone} />
          ))}
        </ul>
      )}
      <ActionForm
        level={3}
        id="stipulate"
        heading="Stipulate to a change of the discovery rules"
        document={RECORD_DISCOVERY_ORDER}
        variables={() => ({
          input: {
            caseId,
            kind,
            interrogatoryLimit: kind === 'INTERROGATORY_LIMIT' ? asCount(limit) : null,
            source,
          },
        })}
        button="Stipulate to this change"
        onDone={() => {
          setLimit('');
          setSource('');
          reload({ requestPolicy: 'network-only' });
        }}
      >
        <p className="usa-hint">
          It takes effect when every party has stipulated to the same terms (FRCP 29).
        </p>
        <Label htmlFor="stipulate-kind">What changes</Label>
        <Select
          id="stipulate-kind"
          name="stipulate-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as OrderKind)}
        >
          {(Object.keys(ORDER_KIND_WORDS) as OrderKind[]).map((k) => (
            <option key={k} value={k}>
              {ORDER_KIND_WORDS[k]}
            </option>
          ))}
        </Select>
        {kind === 'INTERROGATORY_LIMIT' && (
          <>
            <Label htmlFor="stipulate-limit" hint=" (FRCP 33(a)(1))">
              Interrogatories each party may serve on another
            </Label>
            <TextInput
              id="stipulate-limit"
              name="stipulate-limit"
              type="text"
              inputMode="numeric"
              required
              value={limit}
              onChange={(e) => setLimit(e.target.value)}
            />
          </>
        )}
        <Field
          id="stipulate-source"
          label="Where the change comes from"
          hint="for example, Stipulation of the parties, Dkt. 12, ¶ 2"
          value={source}
          onChange={setSource}
        />
      </ActionForm>
    </section>
  );
}
