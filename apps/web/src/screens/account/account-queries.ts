import { graphql, ResultOf } from '../../graphql/graphql';

export const API_TOKENS = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      scopes
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
    }
  }
`);

export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      id
      name
      token
    }
  }
`);

export const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

export const WEBHOOK_ENDPOINTS = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      url
      description
      enabled
      disabledReason
      consecutiveFailures
      createdAt
    }
  }
`);

export const CREATE_WEBHOOK = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      id
      url
      secret
    }
  }
`);

export const DELETE_WEBHOOK = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) {
      id
    }
  }
`);

export const ENABLE_WEBHOOK = graphql(`
  mutation EnableWebhookEndpoint($id: ID!) {
    enableWebhookEndpoint(id: $id) {
      id
      enabled
      disabledReason
      consecutiveFailures
    }
  }
`);

export const WEBHOOK_DELIVERIES = graphql(`
  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
      edges {
        node {
          id
          kind
          status
          attempts
          lastStatusCode
          lastError
          createdAt
          deliveredAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const NOTIFICATION_PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCES = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      email
    }
  }
`);

export type ApiTokenRow = ResultOf<typeof API_TOKENS>['apiTokens'][number];
export type WebhookEndpointRow = ResultOf<typeof WEBHOOK_ENDPOINTS>['webhookEndpoints'][number];
export type DeliveryRow = ResultOf<typeof WEBHOOK_DELIVERIES>['webhookDeliveries']['edges'][number]['node'];
