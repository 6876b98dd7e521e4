/**
 * PropertiesService: script, user and document key-value stores.
 * Reference: https://developers.google.com/apps-script/reference/properties/properties-service
 * Limits: https://developers.google.com/apps-script/guides/services/quotas (9 KB per value,
 * 500 KB per property store).
 */
import type { Workspace } from '../workspace';
import { assertGoogleShape } from '../core/typing';

/** Google's quotas page: "Properties value size 9 KB / val". */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
/** Google's quotas page: "Properties total storage 500 KB / property store". */
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

export const PROPERTIES_ERRORS = {
  /** The message Apps Script throws for a value over the per-value limit. */
  valueTooLarge: 'Argument too large: value',
  /** The message Apps Script throws when a store would exceed 500 KB. */
  storeFull:
    'You have exceeded the property storage quota. Please remove some properties and try again.',
  invalidKey: 'Invalid argument: key',
  /**
   * AuthMode.NONE gives no access to services that need authorization (reference/script/auth-mode);
   * the wording follows Apps Script's "You do not have permission to call X" template (assumed).
   */
  noPermission: (method: string) => `You do not have permission to call ${method}`,
} as const;

type Store = Map<string, string>;

/** Every property store of the project, by scope. */
export class PropertiesState {
  readonly script: Store = new Map();
  /** User stores by user email. */
  readonly users = new Map<string, Store>();
  /** Document stores by container (document, spreadsheet or form) id. */
  readonly documents = new Map<string, Store>();

  userStore(email: string): Store {
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return store;
  }

  documentStore(containerId: string): Store {
    let store = this.documents.get(containerId);
    if (!store) {
      store = new Map();
      this.documents.set(containerId, store);
    }
    return store;
  }
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeBytes(entries: Iterable<[string, string]>): number {
  let total = 0;
  for (const [key, value] of entries) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

/** One property store as the script sees it. */
class FakeProperties {
  constructor(
    private readonly ws: Workspace,
    private readonly store: Store,
  ) {}

  getProperty(key: string): string | null {
    this.ws.charge('PropertiesService', 'Properties.getProperty', 'properties');
    const value = this.store.get(String(key));
    return value === undefined ? null : value;
  }

  getProperties(): { [key: string]: string } {
    this.ws.charge('PropertiesService', 'Properties.getProperties', 'properties', this.store.size);
    // A copy: changing the returned object does not change the store (reference: getProperties).
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.ws.charge('PropertiesService', 'Properties.getKeys', 'properties', this.store.size);
    return [...this.store.keys()];
  }

  setProperty(key: string, value: string): FakeProperties {
    this.ws.charge('PropertiesService', 'Properties.setProperty', 'properties');
    const next = new Map(this.store);
    next.set(checkedKey(key), checkedValue(value));
    this.commit(next);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): FakeProperties {
    const entries = Object.entries(properties ?? {});
    this.ws.charge('PropertiesService', 'Properties.setProperties', 'properties', entries.length);
    const next: Store = deleteAllOthers ? new Map() : new Map(this.store);
    for (const [key, value] of entries) next.set(checkedKey(key), checkedValue(value));
    this.commit(next);
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.ws.charge('PropertiesService', 'Properties.deleteProperty', 'properties');
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): FakeProperties {
    this.ws.charge('PropertiesService', 'Properties.deleteAllProperties', 'properties');
    this.store.clear();
    return this;
  }

  /** All or nothing: a write that would overflow the store changes nothing. */
  private commit(next: Store): void {
    if (storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) throw new Error(PROPERTIES_ERRORS.storeFull);
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }
}
assertGoogleShape<FakeProperties, GoogleAppsScript.Properties.Properties>(true);

function checkedKey(key: unknown): string {
  if (key === null || key === undefined || String(key) === '') {
    throw new Error(PROPERTIES_ERRORS.invalidKey);
  }
  return String(key);
}

/** The service stores strings only: other values are converted (guides/properties, "Data format"). */
function checkedValue(value: unknown): string {
  const text = String(value);
  if (utf8Bytes(text) > PROPERTY_VALUE_LIMIT_BYTES)
    throw new Error(PROPERTIES_ERRORS.valueTooLarge);
  return text;
}

class FakePropertiesService {
  constructor(private readonly ws: Workspace) {}

  getScriptProperties(): FakeProperties {
    this.enter('PropertiesService.getScriptProperties');
    return new FakeProperties(this.ws, this.ws.properties.script);
  }

  /** The store of the user the script runs as (the trigger owner in installable triggers). */
  getUserProperties(): FakeProperties {
    this.enter('PropertiesService.getUserProperties');
    const user = this.ws.current?.effectiveUser ?? this.ws.defaultUser;
    return new FakeProperties(this.ws, this.ws.properties.userStore(user));
  }

  /** null when the script is neither bound to a file nor running as an add-on in one. */
  getDocumentProperties(): FakeProperties | null {
    this.enter('PropertiesService.getDocumentProperties');
    const containerId = this.ws.current?.containerId ?? null;
    if (!containerId) return null;
    return new FakeProperties(this.ws, this.ws.properties.documentStore(containerId));
  }

  private enter(method: string): void {
    this.ws.charge('PropertiesService', method, 'local');
    if (this.ws.current?.authMode === 'NONE')
      throw new Error(PROPERTIES_ERRORS.noPermission(method));
  }
}
assertGoogleShape<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>(true);

export function createPropertiesService(
  ws: Workspace,
): GoogleAppsScript.Properties.PropertiesService {
  return new FakePropertiesService(ws) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
