"""policy-archive's crawler: a Scrapy project that finds each company's privacy policy and fetches it
politely and incrementally into the archive (crawler -> archive, never the other way)."""
