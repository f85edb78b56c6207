/**
 * The public methods of a repository class: what a service may call, and what an in-memory double in a service-tier
 * spec implements (`class InMemoryAuditLogs implements RepositoryShape<AuditLogs>`). The TypeORM class keeps its
 * EntityManager private; the shape leaves it out.
 */
export type RepositoryShape<T> = { [K in keyof T]: T[K] };
