import keyring.backend
import keyring.backends.fail
import keyring.backends.null

from app.services.secrets import SecretStore, backend_is_secure


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.data = {}

    def get_password(self, service, username):
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        self.data.pop((service, username), None)


def test_secure_backend_stores_per_site():
    backend = MemoryKeyring()
    store = SecretStore("eu.aifactories.Desk", backend)
    assert store.is_secure and store.backend_name == "test_secrets.MemoryKeyring"
    assert store.set("lumi-g", "tok-1") is True
    assert backend.data[("eu.aifactories.Desk", "lumi-g")] == "tok-1"
    assert store.get("lumi-g") == "tok-1" and store.get("other") is None
    store.delete("lumi-g")
    assert store.get("lumi-g") is None


def test_insecure_backend_keeps_tokens_for_the_session_only():
    for backend in (keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()):
        assert not backend_is_secure(backend)
        store = SecretStore("svc", backend)
        assert store.backend_name == f"{type(backend).__module__.rsplit('.', 1)[-1]}.Keyring"
        assert store.set("site", "tok") is False
        assert store.get("site") == "tok"
        assert SecretStore("svc", backend).get("site") is None  # a new run forgets it
