<?php
/**
 * Plugin Name: Loopback for story-widgets' test
 * Description: Lets WordPress's safe HTTP layer reach the test's news site, on a loopback host and port (npm run test:wordpress).
 */

// wp_http_validate_url() (wp-includes/http.php) refuses loopback and private hosts, and any port
// but 80, 443 and 8080, for oEmbed discovery and for a registered provider alike. A staging site
// whose provider is on such a host needs the same two filters.
add_filter(
	'http_request_host_is_external',
	function ( $external, $host ) {
		return $external || in_array( $host, array( '127.0.0.1', 'localhost' ), true );
	},
	10,
	2
);
add_filter(
	'http_allowed_safe_ports',
	function ( $ports ) {
		$ports[] = (int) STORY_WIDGETS_TEST_PORT;
		return $ports;
	}
);
