import type { Payload } from 'payload'

export async function seed(_payload: Payload): Promise<void> {}
