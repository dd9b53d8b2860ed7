export function FormError({ message, testId = "form-error" }: { message: string | null | undefined; testId?: string }) {
  if (!message) {
    return null
  }
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {message}
    </p>
  )
}
