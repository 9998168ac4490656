<?php
// Installs the WordPress of `npm run test:wordpress` (scripts/wordpress/wordpress.js) from the
// command line: the site, the current default theme, pretty permalinks, the plugins and the
// posts that $argv[2] (JSON: {plugins, posts: [{name, content}]}) lists. Prints each post's URL.
[, $root, $setup] = $argv;
$setup = json_decode( file_get_contents( $setup ), true );
$_SERVER['HTTP_HOST'] = parse_url( $setup['home'], PHP_URL_HOST );
define( 'WP_INSTALLING', true );
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

wp_install( 'The Daily Reader', 'editor', 'editor@example.org', false, '', wp_generate_password() );
// Debian's wordpress-theme-twentytwentythree: WordPress 6.1's default.
switch_theme( 'twentytwentythree' );
$wp_rewrite->set_permalink_structure( '/%postname%/' );
update_option( 'active_plugins', $setup['plugins'] );
foreach ( $setup['posts'] as $post ) {
	$id = wp_insert_post(
		array(
			'post_name'    => $post['name'],
			'post_title'   => $post['title'],
			'post_content' => $post['content'],
			'post_status'  => 'publish',
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $post['name'] . ': ' . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	echo get_permalink( $id ), "\n";
}
