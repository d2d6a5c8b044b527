"""The project's spiders: `policies` (seeds -> homepage -> discovery -> policy fetch)."""
