/** Checkout step logic (pure). */
export const CHECKOUT_STEPS = ["address", "delivery", "payment", "review"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

export type CheckoutProgress = {
  addressDone: boolean
  deliveryDone: boolean
  paymentDone: boolean
}

/** The first step that still needs input. */
export function firstIncompleteStep({ addressDone, deliveryDone, paymentDone }: CheckoutProgress): CheckoutStep {
  if (!addressDone) return "address"
  if (!deliveryDone) return "delivery"
  if (!paymentDone) return "payment"
  return "review"
}

/**
 * The step to show: the requested one (`?step=`) when it is already reachable, otherwise the
 * first incomplete one. Later steps cannot be opened before earlier ones are done.
 */
export function activeStep(progress: CheckoutProgress, requested: string | undefined): CheckoutStep {
  const reachable = firstIncompleteStep(progress)
  const requestedIndex = CHECKOUT_STEPS.indexOf(requested as CheckoutStep)
  if (requestedIndex >= 0 && requestedIndex <= CHECKOUT_STEPS.indexOf(reachable)) {
    return CHECKOUT_STEPS[requestedIndex]
  }
  return reachable
}

/** True when every shipping profile that has options is covered by a chosen shipping method. */
export function deliveryComplete(
  options: { id: string; profileId: string }[],
  chosenOptionIds: string[]
): boolean {
  if (chosenOptionIds.length === 0) {
    return false
  }
  const profiles = new Set(options.map((option) => option.profileId))
  const covered = new Set(
    options.filter((option) => chosenOptionIds.includes(option.id)).map((option) => option.profileId)
  )
  return Array.from(profiles).every((profile) => covered.has(profile))
}
