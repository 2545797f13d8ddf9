import { notFound } from 'next/navigation'

/** Any address no other portal page takes: the portal's own 404, inside its layout. */
export default function UnknownPage(): never {
  notFound()
}
