import { parentPort, workerData } from 'node:worker_threads'

import { load, type Target } from './loadClient'

const { count, duration, target, url } = workerData as { count: number; duration: number; target: Target; url: string }
parentPort!.postMessage(await load(url, target, count, duration))
