import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatPrice } from "../../../lib/util/money"
import type { VendorBalance, VendorSession } from "../../../types/vitrina"
import { PortalShell } from "../components/portal-shell"

export function BalanceTemplate({
  session,
  balance,
  locale,
  dict,
}: {
  session: VendorSession
  /** null while the backend has no balance API yet. */
  balance: VendorBalance[] | null
  locale: Locale
  dict: Dictionary
}) {
  const b = dict.portal.balance
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="balance">
      <header className="page__head">
        <h1 className="page__title">{b.title}</h1>
        <p className="page__intro">{b.intro}</p>
      </header>
      {balance === null ? (
        <p className="empty" data-testid="vendor-balance-unavailable">
          {b.unavailable}
        </p>
      ) : balance.length === 0 ? (
        <p className="empty" data-testid="vendor-balance-empty">
          {b.empty}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--numbers">
            <thead>
              <tr>
                <th scope="col">{b.currency}</th>
                <th scope="col">{b.available}</th>
                <th scope="col">{b.pending}</th>
                <th scope="col">{b.paidOut}</th>
              </tr>
            </thead>
            <tbody>
              {balance.map((row) => (
                <tr key={row.currency_code} data-testid="balance-row" data-currency={row.currency_code}>
                  <th scope="row">{row.currency_code.toUpperCase()}</th>
                  <td data-testid="balance-available">{formatPrice(row.available, row.currency_code, locale)}</td>
                  <td data-testid="balance-pending">{formatPrice(row.pending, row.currency_code, locale)}</td>
                  <td data-testid="balance-paid-out">{formatPrice(row.paid_out, row.currency_code, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PortalShell>
  )
}
