"use client"

import { useActionState } from "react"
import { updateLineItem } from "../../../lib/data/cart"
import type { ActionState } from "../../../types/vitrina"
import { FormError } from "../../common/components/form-error"
import { SubmitButton } from "../../common/components/submit-button"

type Labels = { decrease: string; increase: string; remove: string; removeItem: string; quantity: string }

const initialState: ActionState = { error: null }

/** −/+ and remove buttons of one cart line; each is a submit button of one server-action form. */
export function LineItemControls({
  lineId,
  quantity,
  locale,
  labels,
}: {
  lineId: string
  quantity: number
  locale: string
  labels: Labels
}) {
  const [state, formAction] = useActionState(updateLineItem, initialState)
  return (
    <form action={formAction} className="line-controls">
      <input type="hidden" name="line_id" value={lineId} />
      <input type="hidden" name="locale" value={locale} />
      <div className="stepper" role="group" aria-label={labels.quantity}>
        <SubmitButton
          className="stepper__btn"
          name="quantity"
          value={String(quantity - 1)}
          ariaLabel={labels.decrease}
          testId="decrease-quantity"
        >
          −
        </SubmitButton>
        <span className="stepper__value" data-testid="line-item-quantity">
          {quantity}
        </span>
        <SubmitButton
          className="stepper__btn"
          name="quantity"
          value={String(quantity + 1)}
          ariaLabel={labels.increase}
          testId="increase-quantity"
        >
          +
        </SubmitButton>
      </div>
      <SubmitButton
        className="link-button"
        name="quantity"
        value="0"
        ariaLabel={labels.removeItem}
        testId="remove-line-item"
      >
        {labels.remove}
      </SubmitButton>
      <FormError message={state.error} />
    </form>
  )
}
