import { ListingSkeleton } from "../../../../modules/common/components/listing-skeleton"

export default function Loading() {
  return <ListingSkeleton />
}
