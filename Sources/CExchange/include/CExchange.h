#ifndef CAMPAIGN_CEXCHANGE_H
#define CAMPAIGN_CEXCHANGE_H

/// Atomically exchanges two paths on the same filesystem (renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int campaign_exchange_paths(const char *first, const char *second);

#endif
