package it.retelavoro.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files and the webjars, each under its own prefix; the pages link the webjars without their version,
 * and the link encoder (Boot's {@code ResourceUrlEncodingFilter}) writes it in.
 *
 * <p>Boot's default mapping of {@code /**} to the static files made that encoder look up every link of a page on
 * the classpath, {@code /persons/{id}} as much as {@code /css/app.css}, and a lookup that finds nothing is not
 * cached: the home page's work panel, with a hundred links, paid a hundred jar lookups, most of its CPU. Mapped
 * under these prefixes only ({@code spring.web.resources.add-mappings: false}), a link to a page is no resource.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").resourceChain(true);
    }
}
