package vn.chitieu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Part;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;

class WebConfigurationTests {

    @Test
    void readsAnUploadOnlyWhenTheControllerAsksForIt() {
        MultipartResolver resolver = new WebConfiguration().multipartResolver();
        MockHttpServletRequest tooLarge = new MockHttpServletRequest("POST", "/api/extract") {
            @Override
            public Collection<Part> getParts() {
                // what Tomcat says when the upload is over spring.servlet.multipart.max-file-size
                throw new IllegalStateException("org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException: too large");
            }
        };
        tooLarge.setContentType("multipart/form-data; boundary=x");
        assertThat(resolver.isMultipart(tooLarge)).isTrue();
        MultipartHttpServletRequest upload = resolver.resolveMultipart(tooLarge);
        assertThatThrownBy(() -> upload.getFile("file")).isInstanceOf(MaxUploadSizeExceededException.class);
    }
}
