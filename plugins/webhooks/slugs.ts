export const webhooksSlug = 'webhooks'
export const deliveriesSlug = 'webhook-deliveries'
