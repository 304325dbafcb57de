/**
 * Tells whether a driver error is the violation of one unique constraint. better-sqlite3 reports
 * `SQLITE_CONSTRAINT_UNIQUE` with "UNIQUE constraint failed: table.column"; pg reports SQLSTATE
 * 23505 (unique_violation) with the constraint's name.
 */
export function isUniqueViolation(
  error: unknown,
  where: { table: string; column: string; constraint: string },
): boolean {
  if (!(error instanceof Error) || !('code' in error)) return false;
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    const columns = error.message.slice(error.message.indexOf(': ') + 2).split(', ');
    return columns.includes(`${where.table}.${where.column}`);
  }
  return error.code === '23505' && 'constraint' in error && error.constraint === where.constraint;
}
